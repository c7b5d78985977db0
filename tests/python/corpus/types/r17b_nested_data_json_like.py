# Nested dicts and lists like JSON data: walking, counting and printing
orders = [
    {'id': 1, 'items': [{'name': 'pen', 'qty': 3, 'price': 1.5}, {'name': 'pad', 'qty': 1, 'price': 4.0}]},
    {'id': 2, 'items': [{'name': 'ink', 'qty': 2, 'price': 7.25}]},
    {'id': 3, 'items': []},
]
for o in orders:
    total = sum(i['qty'] * i['price'] for i in o['items'])
    names = ', '.join(i['name'] for i in o['items']) or '(empty)'
    print(f"order {o['id']}: {names:<10} total {total:7.2f}")
all_items = [i for o in orders for i in o['items']]
print(sorted(i['name'] for i in all_items))
print(max(all_items, key=lambda i: i['price'])['name'])
grand = sum(i['qty'] * i['price'] for i in all_items)
print(f'grand total: {grand:.2f}')
print(orders[2]['items'][0])
