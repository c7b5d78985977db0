# averaging marks over several lines of arithmetic
def average(marks, weights):
    total = sum(m * w for m, w in zip(marks, weights))
    return (total
            / sum(weights))

print(average([80, 90], [1, 2]))
print(average([80, 90], [0, 0]))
