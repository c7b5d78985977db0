# A custom exception whose __str__ has a bug of its own
class OrderError(Exception):
    def __init__(self, order_id, reason):
        super().__init__(order_id, reason)
        self.order_id = order_id

    def __str__(self):
        return "order " + self.order_id + " failed"

raise OrderError(1042, "out of stock")
