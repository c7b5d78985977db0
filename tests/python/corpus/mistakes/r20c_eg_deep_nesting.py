# deeply nested groups beyond max depth
eg = ValueError("bottom")
for i in range(12):
    eg = ExceptionGroup(f"level {i}", [eg])
raise eg
