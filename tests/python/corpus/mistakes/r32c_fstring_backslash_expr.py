# Joining lines with a backslash escape inside the f-string expression.
lines = ["one", "two", "three"]
print("count:", len(lines))
print(f"text:\n{'\n'.join(lines)}")
# (the learner's program ends here)
