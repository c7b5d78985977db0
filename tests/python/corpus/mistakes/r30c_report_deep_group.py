# Exception groups nested twelve levels deep.
eg = ValueError("innermost")
for level in range(12):
    eg = ExceptionGroup(f"level {level}", [eg])
raise eg
