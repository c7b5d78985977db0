# An error in a call spread over several lines.
def total(a, b, c):
    return a + b + c

result = total(
    1,
    2,
    "3",
)
print(result)
