# sum() to concatenate strings.
parts = ["ab", "cd", "ef"]
print(sum(parts, ""))
