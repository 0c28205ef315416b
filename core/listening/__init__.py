"""Listening: what is said about an employer, what needs an answer, who says it, on which themes."""
