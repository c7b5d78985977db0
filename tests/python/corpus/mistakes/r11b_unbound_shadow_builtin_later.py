# A builtin used in a function that later assigns a local of the same name.
def summarise(values):
    print("count:", len(values))
    total = sum(values)
    print("total:", total)
    if total > 10:
        sum = "big"
    return sum

print(summarise([20, 1]))
print(summarise([1, 2]))
