"""Survey rounds published as signed round packages (``.tkround``): build, check, add."""
