# sum() to concatenate strings.
# (kept short on purpose: the mistake is the point)
#
parts = ["ab", "cd", "ef"]
print(sum(parts, ""))
