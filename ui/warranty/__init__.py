"""Warranty: registrations, certificates, batch printing and policies."""
