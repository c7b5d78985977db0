# Mistake: a list used as a stack with push() (no such method on list).
pending = ['fetch', 'parse']
done = []

while pending:
    job = pending.pop()
    print('running', job)
    done.append(job)
    if job == 'parse':
        pending.push('store')

print(done)
