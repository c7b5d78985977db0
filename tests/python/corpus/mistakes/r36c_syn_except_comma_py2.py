# catching two errors the way an old tutorial showed me
def parse(text):
    try:
        return int(text) / 2
    except ValueError, ZeroDivisionError:
        return None

print(parse("8"))
print(parse("eight"))
