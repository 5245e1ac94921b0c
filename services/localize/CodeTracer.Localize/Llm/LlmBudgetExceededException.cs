namespace CodeTracer.Localize.Llm;

/// <summary>One diagnosis spent more than <see cref="LlmOptions"/> allows; the message names the budget.</summary>
public sealed class LlmBudgetExceededException(string message) : Exception(message);
