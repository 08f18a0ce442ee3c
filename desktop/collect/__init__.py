"""The coordinator side: verify many packages and aggregate them."""
