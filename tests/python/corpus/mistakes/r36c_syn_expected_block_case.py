# match with a case whose body is missing
def kind(x):
    match x:
        case int():
        case str():
            return "text"

print(kind(3))
