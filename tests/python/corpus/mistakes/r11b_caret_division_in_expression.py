# A ZeroDivisionError in the middle of a longer arithmetic expression.
def rate(done, total, weight):
    return round(100 * done / total * weight + (done % total) / 2, 1)

print(rate(3, 4, 1.0))
print(rate(1, 0, 2.0))
