"""The proof of sending: reading receipts and sent documents, checking them, keeping them."""
