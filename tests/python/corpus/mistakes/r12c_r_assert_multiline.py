# An assert whose condition spans lines.
def check(results):
    assert (
        len(results) == 3
        and all(r > 0 for r in results)
    ), "three positive results expected"
    return sum(results)

print(check([1, 2, 3]))
print(check([1, -2, 3]))
