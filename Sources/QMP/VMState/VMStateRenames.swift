/// The renames `scripts/vmstate-static-checker.py` knows, so that the parity mode gives the same
/// findings: fields (per description or section name, any two names in one list are the same
/// field) and whole sections.
enum VMStateRenames {
    static let fields: [String: Set<String>] = [
        "acpi-ghes": ["ghes_addr_le", "hw_error_le"],
        "apic": ["timer", "timer_expiry"],
        "e1000": ["dev", "parent_obj"],
        "ehci": ["dev", "pcidev"],
        "I440FX": ["dev", "parent_obj"],
        "ich9_ahci": ["card", "parent_obj"],
        "ich9-ahci": ["ahci", "ich9_ahci"],
        "ioh3420": ["PCIDevice", "PCIEDevice"],
        "ioh-3240-express-root-port": [
            "port.br.dev", "parent_obj.parent_obj.parent_obj", "port.br.dev.exp.aer_log",
            "parent_obj.parent_obj.parent_obj.exp.aer_log",
        ],
        "cirrus_vga": ["hw_cursor_x", "vga.hw_cursor_x", "hw_cursor_y", "vga.hw_cursor_y"],
        "lsiscsi": ["dev", "parent_obj"],
        "mch": ["d", "parent_obj"],
        "pci_bridge": ["bridge.dev", "parent_obj", "bridge.dev.shpc", "shpc"],
        "pcnet": ["pci_dev", "parent_obj"],
        "PIIX3": ["pci_irq_levels", "pci_irq_levels_vmstate"],
        "piix4_pm": [
            "dev", "parent_obj", "pci0_status", "acpi_pci_hotplug.acpi_pcihp_pci_status[0x0]", "pm1a.sts",
            "ar.pm1.evt.sts", "pm1a.en", "ar.pm1.evt.en", "pm1_cnt.cnt", "ar.pm1.cnt.cnt", "tmr.timer", "ar.tmr.timer",
            "tmr.overflow_time", "ar.tmr.overflow_time", "gpe", "ar.gpe",
        ],
        "rtl8139": ["dev", "parent_obj"],
        "qxl": ["num_surfaces", "ssd.num_surfaces"],
        "usb-ccid": ["abProtocolDataStructure", "abProtocolDataStructure.data"],
        "usb-host": ["dev", "parent_obj"],
        "usb-mouse": ["usb-ptr-queue", "HIDPointerEventQueue"],
        "usb-tablet": ["usb-ptr-queue", "HIDPointerEventQueue"],
        "vmware_vga": ["card", "parent_obj"],
        "vmware_vga_internal": ["depth", "new_depth"],
        "xhci": ["pci_dev", "parent_obj"],
        "x3130-upstream": ["PCIDevice", "PCIEDevice"],
        "xio3130-express-downstream-port": [
            "port.br.dev", "parent_obj.parent_obj.parent_obj", "port.br.dev.exp.aer_log",
            "parent_obj.parent_obj.parent_obj.exp.aer_log",
        ],
        "xio3130-downstream": ["PCIDevice", "PCIEDevice"],
        "xio3130-express-upstream-port": [
            "br.dev", "parent_obj.parent_obj", "br.dev.exp.aer_log", "parent_obj.parent_obj.exp.aer_log",
        ],
        "spapr_pci": [
            "dma_liobn[0]", "mig_liobn", "mem_win_addr", "mig_mem_win_addr", "mem_win_size", "mig_mem_win_size",
            "io_win_addr", "mig_io_win_addr", "io_win_size", "mig_io_win_size",
        ],
        "hpet": ["num_timers", "num_timers_save"],
    ]

    /// Section renames, both ways.
    static let sections: [(String, String)] = [("ICH9 LPC", "ICH9-LPC"), ("e1000-82540em", "e1000")]

    /// True when `source` and `destination` name the same field in `context`.
    static func sameField(_ context: String, _ source: String, _ destination: String) -> Bool {
        if source == destination { return true }
        guard let names = fields[context] else { return false }
        return names.contains(source) && names.contains(destination)
    }

    /// The other name of a renamed section, or `nil`.
    static func otherName(of section: String) -> String? {
        for (old, new) in sections {
            if old == section { return new }
            if new == section { return old }
        }
        return nil
    }
}
