//! Pixels: `neopixel_write` (bytes to the board's pixel buffer for a pin, a trace event per change),
//! `rainbowio.colorwheel`, and CircuitPython's native `adafruit_pixelbuf.PixelBuf` (colours, brightness,
//! byte order, auto_write; `show()` hands the bytes to the subclass's `_transmit`, as `neopixel.NeoPixel`
//! expects).

use crate::modules::digitalio::DigitalInOut;
use crate::util::{self, add_class, add_functions, kwarg, PinObj};
use circuitpython_core::heap::Obj;
use circuitpython_core::objects::function::Kwargs;
use circuitpython_core::objects::instance::NativeState;
use circuitpython_core::objects::seq::{slice_indices, slice_positions};
use circuitpython_core::{ObjRef, PyResult, Value, Vm};

pub fn init_neopixel_write(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[("neopixel_write", neopixel_write)]);
    Ok(())
}

/// `neopixel_write(digitalinout, buf)`: the pin is a DigitalInOut in CircuitPython; a bare Pin is accepted.
fn neopixel_write(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error_msg(format!("function takes 2 positional arguments but {} were given", args.len())));
    }
    let (pin, name) = if let Some(d) = vm.native_state::<DigitalInOut>(args[0]) {
        if d.deinited {
            return Err(util::deinited_error(vm));
        }
        (d.pin, d.name)
    } else if let Some(p) = vm.native_state::<PinObj>(args[0]) {
        (p.index, p.name)
    } else {
        return Err(vm.type_error_for("digitalinout must be of type DigitalInOut, not ", args[0], ""));
    };
    let bytes = util::buffer_arg(vm, args[1])?;
    util::now_ns(vm);
    util::board(vm).borrow_mut().show_pixels(pin, name, &bytes);
    Ok(Value::None)
}

pub fn init_rainbowio(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    add_functions(vm, m, &[("colorwheel", colorwheel)]);
    Ok(())
}

/// CircuitPython's colour wheel: 0-255 goes red → green → blue → red, as a 0xRRGGBB int.
fn colorwheel(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let pos = vm.expect_f64(args.first().copied().unwrap_or(Value::Int(0)))?;
    let pos = if pos.is_finite() { pos.rem_euclid(256.0) } else { 0.0 };
    let color = if pos < 85.0 {
        ((255.0 - pos * 3.0) as u32) << 16 | ((pos * 3.0) as u32) << 8
    } else if pos < 170.0 {
        let pos = pos - 85.0;
        ((255.0 - pos * 3.0) as u32) << 8 | (pos * 3.0) as u32
    } else {
        let pos = pos - 170.0;
        ((pos * 3.0) as u32) << 16 | (255.0 - pos * 3.0) as u32
    };
    Ok(Value::Int(color as i64))
}

struct PixelBuf {
    /// Colours as set (before brightness), RGBW.
    colors: Vec<[u8; 4]>,
    /// Channel order of the transmitted bytes (`GRB`, `GRBW`, `RGB`...; `P` for a DotStar brightness byte).
    byteorder: String,
    brightness: f64,
    auto_write: bool,
    header: Vec<u8>,
    trailer: Vec<u8>,
}
circuitpython_core::keyed_type!(PixelBuf);
impl NativeState for PixelBuf {}

impl PixelBuf {
    fn bpp(&self) -> usize {
        self.byteorder.len()
    }

    /// What a colour's fourth value is: b'W' white, b'P' a DotStar's per-pixel brightness, 0 none.
    fn fourth(&self) -> u8 {
        if self.byteorder.contains('W') {
            b'W'
        } else if self.byteorder.contains('P') {
            b'P'
        } else {
            0
        }
    }

    /// The bytes to transmit: header, each pixel scaled by brightness in byte order, trailer.
    fn transmit_bytes(&self) -> Vec<u8> {
        let scale = (self.brightness * 256.0) as u32;
        let mut out = self.header.clone();
        for c in &self.colors {
            for ch in self.byteorder.chars() {
                let v = match ch {
                    'R' => c[0],
                    'G' => c[1],
                    'B' => c[2],
                    'W' => c[3],
                    // A DotStar's start bits and 5-bit brightness, which the global brightness leaves alone.
                    _ => {
                        out.push(0xE0 | c[3] >> 3);
                        continue;
                    }
                };
                out.push(if scale < 256 { ((v as u32 * scale) >> 8) as u8 } else { v });
            }
        }
        out.extend_from_slice(&self.trailer);
        out
    }
}

pub fn init_pixelbuf(vm: &mut Vm, m: ObjRef) -> PyResult<()> {
    let class = add_class(
        vm,
        m,
        "PixelBuf",
        Some(construct),
        &[
            ("__init__", init_method),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("fill", fill),
            ("show", show),
        ],
    );
    let props = [("brightness", true), ("auto_write", true), ("byteorder", false), ("bpp", false)];
    util::add_properties(vm, class, property, 0, &props);
    add_functions(vm, m, &[("colorwheel", colorwheel)]);
    Ok(())
}

/// A subclass (NeoPixel) is made empty and filled by `super().__init__`; PixelBuf itself is filled here.
fn construct(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let class = util::class_arg(vm, args)?;
    let empty = PixelBuf {
        colors: Vec::new(),
        byteorder: String::from("BGR"),
        brightness: 1.0,
        auto_write: false,
        header: Vec::new(),
        trailer: Vec::new(),
    };
    let obj = vm.new_native_instance(class, Box::new(empty));
    let is_base = matches!(vm.heap.get(class), Obj::Type(t) if t.builtin);
    if is_base {
        let mut full = vec![obj];
        full.extend_from_slice(&args[1..]);
        init_method(vm, &full, kw)?;
    }
    Ok(obj)
}

fn this(vm: &Vm, v: Value) -> PyResult<&PixelBuf> {
    vm.native_state::<PixelBuf>(v).ok_or_else(|| vm.type_error_msg("expected PixelBuf"))
}

fn this_mut(vm: &mut Vm, v: Value) -> PyResult<&mut PixelBuf> {
    if vm.native_state::<PixelBuf>(v).is_none() {
        return Err(vm.type_error_msg("expected PixelBuf"));
    }
    Ok(vm.native_state_mut::<PixelBuf>(v).expect("checked"))
}

/// `PixelBuf(size, *, byteorder="BGR", brightness=0, auto_write=False, header=b"", trailer=b"")`.
fn init_method(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let size = util::required(vm, args, kw, 0, "size")?;
    let size = vm.expect_index(size)?;
    if !(0..=65535).contains(&size) {
        return Err(vm.value_error("size must be 0-65535"));
    }
    // Keyword-only on the device; the pure-Python package also takes it positionally, so both work.
    let byteorder = match util::arg(vm, args, kw, 1, "byteorder") {
        Some(v) => vm.expect_str(v)?,
        None => String::from("BGR"),
    };
    // 3 or 4 distinct letters of RGBWP, at least one of R, G and B.
    let mut seen = 0u8;
    let mut valid = (3..=4).contains(&byteorder.len());
    for c in byteorder.bytes() {
        let bit = match c {
            b'R' => 1,
            b'G' => 2,
            b'B' => 4,
            b'W' => 8,
            b'P' => 16,
            _ => 0,
        };
        valid &= bit != 0 && seen & bit == 0;
        seen |= bit;
    }
    if !valid || seen & 7 == 0 {
        return Err(vm.value_error("Invalid byteorder string"));
    }
    let brightness = match kwarg(vm, kw, "brightness") {
        Some(v) => vm.expect_f64(v)?.clamp(0.0, 1.0),
        None => 0.0,
    };
    let auto_write = match kwarg(vm, kw, "auto_write") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let header = bytes_kwarg(vm, kw, "header")?;
    let trailer = bytes_kwarg(vm, kw, "trailer")?;
    vm.heap.reserve(size as usize * 8).map_err(|_| vm.memory_error())?;
    let p = this_mut(vm, args[0])?;
    *p = PixelBuf { colors: vec![[0; 4]; size as usize], byteorder, brightness, auto_write, header, trailer };
    Ok(Value::None)
}

/// A bytes keyword argument (absent or None: empty).
fn bytes_kwarg(vm: &Vm, kw: Kwargs, name: &str) -> PyResult<Vec<u8>> {
    match kwarg(vm, kw, name) {
        Some(Value::None) | None => Ok(Vec::new()),
        Some(v) => util::buffer_arg(vm, v),
    }
}

fn len(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(this(vm, args[0])?.colors.len() as i64))
}

fn color_tuple(vm: &mut Vm, c: [u8; 4], fourth: u8) -> Value {
    let mut items: Vec<Value> = c[..3].iter().map(|&x| Value::Int(x as i64)).collect();
    match fourth {
        b'W' => items.push(Value::Int(c[3] as i64)),
        b'P' => items.push(Value::float((c[3] >> 3) as f64 / 31.0)),
        _ => {}
    }
    vm.new_tuple(items)
}

fn is_slice(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Slice { .. }))
}

/// A position, negative counting from the end, or `IndexError`.
fn position(vm: &Vm, key: Value, len: usize) -> PyResult<usize> {
    let i = vm.expect_index(key)?;
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        return Err(vm.index_error("index out of range"));
    }
    Ok(i as usize)
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (colors, fourth) = {
        let p = this(vm, args[0])?;
        (p.colors.clone(), p.fourth())
    };
    let key = args.get(1).copied().unwrap_or(Value::None);
    if is_slice(vm, key) {
        let (start, stop, step) = slice_indices(vm, key, colors.len())?;
        let mut items = Vec::new();
        for i in slice_positions(start, stop, step) {
            items.push(color_tuple(vm, colors[i], fourth));
        }
        return Ok(vm.new_list(items));
    }
    let i = position(vm, key, colors.len())?;
    Ok(color_tuple(vm, colors[i], fourth))
}

/// A colour as CircuitPython's PixelBuf parses one: an int 0xRRGGBB or an (r, g, b[, fourth]) tuple, each
/// component cut to its low byte (floats truncated); a fourth float is a fraction of 255. A DotStar's
/// brightness defaults to full; an RGBW pixel given equal r, g, b without a fourth value lights white.
fn parse_color(vm: &mut Vm, v: Value, fourth: u8) -> PyResult<[u8; 4]> {
    let mut c = [0, 0, 0, if fourth == b'P' { 255 } else { 0 }];
    if let Some(i) = vm.as_i64(v).or(if let Value::Float(f) = v { Some(f.get() as i64) } else { None }) {
        c[..3].copy_from_slice(&[(i >> 16) as u8, (i >> 8) as u8, i as u8]);
    } else {
        let items = match vm.seq_items(v) {
            Some(items) => items,
            None => vm.collect_iter(v)?,
        };
        if !(3..=4).contains(&items.len()) {
            let bpp = if fourth == 0 { 3 } else { 4 };
            return Err(vm.value_error(format!("Expected tuple of length {bpp}, got {}", items.len())));
        }
        for (k, item) in items.iter().enumerate() {
            c[k] = match item {
                Value::Float(f) if k == 3 => (f.get() * 255.0) as u8,
                Value::Float(f) => f.get() as i64 as u8,
                _ => vm.expect_index(*item)? as u8,
            };
        }
        if items.len() == 4 {
            return Ok(c);
        }
    }
    if fourth == b'W' && c[0] == c[1] && c[1] == c[2] {
        c = [0, 0, 0, c[0]];
    }
    Ok(c)
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (n, fourth) = {
        let p = this(vm, args[0])?;
        (p.colors.len(), p.fourth())
    };
    let (key, value) = (args[1], args[2]);
    if is_slice(vm, key) {
        let (start, stop, step) = slice_indices(vm, key, n)?;
        let mut positions = Vec::new();
        for i in slice_positions(start, stop, step) {
            positions.push(i);
        }
        let values = vm.collect_iter(value)?;
        if values.len() != positions.len() {
            return Err(vm.value_error(format!(
                "Unmatched number of items on RHS (expected {}, got {}).",
                positions.len(),
                values.len()
            )));
        }
        let mut colors = Vec::with_capacity(values.len());
        for v in values {
            colors.push(parse_color(vm, v, fourth)?);
        }
        let p = this_mut(vm, args[0])?;
        for (k, c) in colors.into_iter().enumerate() {
            p.colors[positions[k]] = c;
        }
    } else {
        let i = position(vm, key, n)?;
        let c = parse_color(vm, value, fourth)?;
        this_mut(vm, args[0])?.colors[i] = c;
    }
    auto_show(vm, args[0])
}

fn auto_show(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    if this(vm, obj)?.auto_write {
        show(vm, &[obj], &[])?;
    }
    Ok(Value::None)
}

fn fill(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let fourth = this(vm, args[0])?.fourth();
    let c = parse_color(vm, args.get(1).copied().unwrap_or(Value::Int(0)), fourth)?;
    this_mut(vm, args[0])?.colors.iter_mut().for_each(|x| *x = c);
    auto_show(vm, args[0])
}

/// Send the pixels: the next `neopixel_write` decodes them in this buffer's byte order.
fn show(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (bytes, order) = {
        let p = this(vm, args[0])?;
        (p.transmit_bytes(), p.byteorder.clone())
    };
    // A DotStar's brightness byte is not a colour.
    util::board(vm).borrow_mut().pixel_order = order.replace('P', "");
    let buf = vm.new_bytearray(bytes);
    let transmit = vm.getattr_str(args[0], "_transmit")?;
    vm.call(transmit, &[buf])?;
    Ok(Value::None)
}

/// brightness (codes 0, 1), auto_write (2, 3), byteorder (4), bpp (6).
fn property(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (code, obj, value) = util::property_args(args);
    match code {
        1 => {
            let b = vm.expect_f64(value)?.clamp(0.0, 1.0);
            this_mut(vm, obj)?.brightness = b;
            auto_show(vm, obj)
        }
        3 => {
            let a = vm.truthy(value)?;
            this_mut(vm, obj)?.auto_write = a;
            Ok(Value::None)
        }
        _ => {
            let p = this(vm, obj)?;
            Ok(match code {
                0 => Value::float(p.brightness),
                2 => Value::bool(p.auto_write),
                6 => Value::Int(p.bpp() as i64),
                _ => {
                    let order = p.byteorder.clone();
                    vm.new_string(order)
                }
            })
        }
    }
}
