"""Ambassadors and fans: find them in the data, agree and check in with them, look after them."""
