# vars() and locals() inside a function give the function's local names
def report():
    name = 'widget'
    qty = 3
    print(sorted(vars()))
    print(sorted(locals()))
    return '{qty} x {name}'.format(**locals())
print(report())
x = 1
print('x' in vars(), vars() is globals())
