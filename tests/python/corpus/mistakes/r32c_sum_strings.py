# Summing strings with sum() and a start value.
parts = ["ab", "cd", "ef"]
print("".join(parts))
print(sum(parts, ""))
# (the learner's program ends here)
