using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CodeTracer.Ingest.Uploads;

/// <summary>
/// Finds the <c>file</c> part of a multipart/form-data body and hands its stream on without buffering it:
/// IFormFile would first copy the whole upload to a temp file.
/// </summary>
internal static class MultipartUpload
{
    public const string FieldName = "file";

    public static bool IsMultipart(HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The part's body and file name, or null when no part is named <see cref="FieldName"/>.</summary>
    public static async Task<(Stream Body, string? FileName)?> FindFileAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw new InvalidDataException("The multipart/form-data Content-Type has no boundary.");
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                && HeaderUtilities.RemoveQuotes(disposition.Name).Value == FieldName)
            {
                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value
                    ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                return (section.Body, name);
            }
        }

        return null;
    }
}
