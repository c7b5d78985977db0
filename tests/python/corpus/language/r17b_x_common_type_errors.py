# Typical TypeErrors a learner meets, each caught and printed, then one uncaught
def tryit(label, f):
    try:
        f()
    except TypeError as e:
        print(f'{label:<14} {e}')

tryit('str + int', lambda: 'total: ' + 5)
tryit('call None', lambda: None())
tryit('index None', lambda: None[0])
tryit('iterate int', lambda: [x for x in 5])
tryit('len int', lambda: len(42))
tryit('unhashable', lambda: {[1]: 2})
tryit('args', lambda: divmod(1))
tryit('kwargs', lambda: sorted([1], reversed=True))
tryit('int()', lambda: int([1]))
tryit('compare', lambda: [1] < 'a')
tryit('await int', lambda: (_ for _ in ()).throw(TypeError("object int can't be used in 'await' expression")))
tryit('str mul', lambda: 'a' * 2.0)
tryit('sum str', lambda: sum(['a', 'b']))
total = 'Total: ' + 3 * 2
