"""Plainly's word lists: data files shipped with the package (see README.md here)."""
