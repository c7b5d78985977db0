# *args and **kwargs, in definitions and in calls.
def show(*args, **kwargs):
    print('args:', args)
    print('kwargs:', kwargs)

show()
show(1, 2, 3)
show(a=1, b=2)
show(1, 'two', x=[3], y={'four': 4})

def total(first, *rest):
    return first + sum(rest)

nums = [1, 2, 3, 4]
print(total(*nums))
print(total(10))

def describe(name, age, city='?'):
    return f'{name} ({age}) from {city}'

info = {'name': 'Ada', 'age': 36}
print(describe(**info))
print(describe(**info, city='London'))
print(describe(*['Bob', 7], **{'city': 'Paris'}))

def forward(*args, **kwargs):
    return describe(*args, **kwargs)

print(forward('Cy', age=3))
print(*'abc', sep='-')
print(*range(3), *[7, 8])
