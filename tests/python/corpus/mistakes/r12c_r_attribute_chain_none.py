# An attribute chain that meets None halfway.
class Address:
    def __init__(self, city):
        self.city = city

class Customer:
    def __init__(self, name, address=None):
        self.name = name
        self.address = address

class Order:
    def __init__(self, customer):
        self.customer = customer

orders = [Order(Customer("Ann", Address("Oslo"))), Order(Customer("Bob"))]
for order in orders:
    print(order.customer.name, order.customer.address.city.upper())
