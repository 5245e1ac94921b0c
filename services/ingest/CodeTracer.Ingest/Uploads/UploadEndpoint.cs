using CodeTracer.Ingest.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CodeTracer.Ingest.Uploads;

/// <summary><c>POST /v1/runs</c>: a run's artifact as multipart/form-data (field <c>file</c>) or as the raw body.</summary>
internal static class UploadEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, string? name, string? format, RunSubmitter submitter, IOptionsMonitor<IngestOptions> options)
    {
        var limit = options.CurrentValue.MaxUploadBytes;
        if (format is not null && !UploadNames.IsFormatId(format))
        {
            return Problems.BadRequest(
                $"'{format}' is not an extractor id. Pass an id such as claude-code-stream-json, or leave format out to let detection decide.");
        }

        var request = http.Request;
        if (request.ContentLength == 0)
        {
            return Problems.BadRequest("The upload is empty: send the artifact's bytes (or a multipart field named file).");
        }

        if (request.ContentLength > limit && !MultipartUpload.IsMultipart(request))
        {
            return Problems.TooLarge(limit);
        }

        // The server's own cap (30 MB in Kestrel) would cut uploads short of ours; SizeLimitedStream enforces ours.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } cap)
        {
            cap.MaxRequestBodySize = null;
        }

        try
        {
            Stream body = request.Body;
            var fileName = name;
            if (MultipartUpload.IsMultipart(request))
            {
                if (await MultipartUpload.FindFileAsync(request, http.RequestAborted) is not { } part)
                {
                    return Problems.BadRequest($"The multipart upload has no field named {MultipartUpload.FieldName}; send the artifact as -F {MultipartUpload.FieldName}=@path.");
                }

                (body, fileName) = (part.Body, part.FileName ?? name);
            }

            var submission = await submitter.SubmitAsync(body, limit, UploadNames.FileName(fileName), format, http.RequestAborted);
            if (submission is null)
            {
                return Problems.BadRequest("The upload is empty: send the artifact's bytes (or a multipart field named file).");
            }

            var response = RunResponse.From(submission.Record);
            return submission.Created
                ? Results.Created($"/v1/runs/{submission.Record.RunId}", response)
                : Results.Ok(response);
        }
        catch (BodyTooLargeException tooLarge)
        {
            return Problems.TooLarge(tooLarge.Limit);
        }
        catch (InvalidDataException malformed)
        {
            return Problems.BadRequest($"The multipart body cannot be read ({malformed.Message}); send it as -F file=@path or as a raw body.");
        }
    }
}
