"""Pure rules of Recovery Desk: no Qt, no SQL, nothing else of ours."""
