"""The core: what is recorded and the rules it obeys. No Qt, no SQL, no Excel."""
