# assorted format() calls a learner might try
print(repr('{:^10.3}'.format('abcdef')), repr(format(12345.6789, '10.2e')), '{:08.3f}'.format(-3.14159))
print('{:+.3g}'.format(1e-5), '{:.3g}'.format(1234.5), '{:.10g}'.format(1/3), '{:g}'.format(1e-4))
print('{:,.2%}'.format(1234.5678), '{:.0%}'.format(0.995), '{:%}'.format(1), '{:.1%}'.format(-0.0005))
print(format(1234, ''), format(-1234, '>10'), format(1234, '<10') + '|', format(3, '03'), format(3.0, '06'))
print(format(None), format([1, 2]), format((1,), ''), format({'a': 1}), format(range(3)))
for obj, spec in [(None, '>5'), ([1, 2], '10'), ({}, 's'), (object, '^4'), (True, 's')]:
    try:
        print(repr(format(obj, spec)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for spec in ['.f', '10.', '>>5', '5>', '%d', '.-1f', '.2.3f', '=']:
    try:
        print(repr(spec), repr(format(3.5, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(format(10**40, 'e'), format(10**40, '.3f')[:12], format(-10**20, ','))
