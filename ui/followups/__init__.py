"""Follow-ups & feedback: calls after service, satisfaction and complaints."""
