# Chained string and list operations in one expression, as a learner builds a report line
raw = '  Worker-B: 7 ; worker-a: 3 ;WORKER-c:10  '
entries = [e.strip() for e in raw.strip().split(';')]
print(entries)
pairs = sorted(((n.strip().lower(), int(v)) for n, v in (e.split(':') for e in entries)), key=lambda p: p[1], reverse=True)
print(pairs)
print(' | '.join(f'{n.title()}={v}' for n, v in pairs).center(44, '.'))
print(' '.join(raw.split()).replace(' ;', ';').lower().title().swapcase())
print(sum(v for _, v in pairs) / len(pairs), max(pairs)[0], min(pairs, key=lambda p: p[1])[0].upper())
print('-'.join(reversed([n[-1] for n, _ in pairs])), ''.join(sorted(set(raw.lower()) & set('abc'))))
print(int(entries[0].split(':')[0]))
