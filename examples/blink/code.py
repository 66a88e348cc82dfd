# Blink the board's LED every half second: the "hello world" of CircuitPython.
import time
import board
import digitalio

led = digitalio.DigitalInOut(board.LED)
led.direction = digitalio.Direction.OUTPUT

while True:
    led.value = not led.value
    print("LED", "on" if led.value else "off", "at", round(time.monotonic(), 1))
    time.sleep(0.5)
