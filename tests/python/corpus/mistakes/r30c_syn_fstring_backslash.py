# A backslash inside an f-string expression (not allowed in 3.11).
# (kept short on purpose: the mistake is the point)
#
names = ["ann", "bob"]
print(f"{'\n'.join(names)}")
