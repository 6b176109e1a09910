"""The speed machinery, fenced off from the lint logic: what makes `truss-lint check` start fast
and lint large trees quickly, and nothing that decides what a finding says. Each part is passed
in where it is used (see README.md beside this file)."""
