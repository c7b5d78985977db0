# Mistake: a match guard uses a name that was never defined (limit instead of LIMIT).
LIMIT = 10

def classify(value):
    match value:
        case 0:
            return "zero"
        case int(n) if n > limit:
            return "big"
        case int(n):
            return "small"

print(classify(0))
print(classify(5))
