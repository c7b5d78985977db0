# A recursive sum whose slice never shrinks the list.
def total(xs):
    if not xs:
        return 0
    return xs[0] + total(xs[0:])

print(total([]))
print(total([1, 2, 3]))
