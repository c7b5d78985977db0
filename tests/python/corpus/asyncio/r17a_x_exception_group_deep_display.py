# nested exception groups deeper than the display limit, with notes
eg = ValueError('leaf')
for depth in range(12):
    eg = ExceptionGroup(f'level {depth}', [eg, KeyError(depth)])
    if depth % 5 == 0:
        eg.add_note(f'note at {depth}')
raise eg
