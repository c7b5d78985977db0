# Mistake: a custom exception whose __str__ returns an empty string, so only its name is shown.
class OrderError(Exception):
    def __init__(self, order_id):
        self.order_id = order_id
    def __str__(self):
        return ""

def ship(order_id, stock):
    if stock == 0:
        raise OrderError(order_id)
    print("shipped", order_id)

ship(1, 3)
ship(2, 0)
