# Assigning to a yield expression.
def gen():
    (yield) = 1

print(list(gen()))
