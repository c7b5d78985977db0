# tutorial 4.2: for over a list, modifying a collection while looping
words = ['cat', 'window', 'defenestrate']
for w in words:
    print(w, len(w))
users = {'Hans': 'active', 'Éléonore': 'inactive', '景太郎': 'active'}
for user, status in users.copy().items():
    if status == 'inactive':
        del users[user]
print(users)
users = {'Hans': 'active', 'Éléonore': 'inactive', '景太郎': 'active'}
active_users = {}
for user, status in users.items():
    if status == 'active':
        active_users[user] = status
print(active_users)
for user, status in users.items():
    if status == 'inactive':
        del users[user]
