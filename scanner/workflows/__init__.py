"""What baomi does to documents and records: protect, access, lifecycle, policy, backups.

Called by the commands (``scanner.cli``) and the daemon; calls the store and detection.
"""
