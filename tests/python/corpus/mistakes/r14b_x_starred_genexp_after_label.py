# Mistake: a label, then a starred generator expression, as print's arguments (Generator expression must be parenthesized).
scores = {'ann': 3, 'bob': 5}
print('players:', len(scores))
print('total:', sum(scores.values()))
print('scores:', *f'{k}={v}' for k, v in scores.items())
