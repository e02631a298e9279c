"""The branch side of head-office sync: enrolment, a sync round (push, then pull),
problems kept for a person, and look-ups at the head office on demand."""
