def report(name, score, total):
    return f"{name}: {score / total:.0%}"

print(report("ann", 3, 4))
print(
    report(
        "bob",
        2,
        0,
    )
)
