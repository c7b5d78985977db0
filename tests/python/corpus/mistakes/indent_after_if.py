# Mistake: an if without an indented body.
def check(n):
    if n < 0:
    return 'negative'
    return 'ok'

print(check(3))
