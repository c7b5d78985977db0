# Mistake: an else whose if was dedented away.
def sign(n):
    if n > 0:
        return 'positive'
    print('checked')
    else:
        return 'not positive'

print(sign(3))
