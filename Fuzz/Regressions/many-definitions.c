#include "hw/i386/pc.h"
#define DEFINE_Q35_MACHINE(major, minor) \
    DEFINE_PC_VER_MACHINE(pc_q35, "pc-q35", pc_q35_init, false, NULL, major, minor);
static void pc_q35_machine_1_0_options(MachineClass *m)
{
    pc_q35_machine_2_0_options(m);
}
DEFINE_Q35_MACHINE(1, 0);
static void pc_q35_machine_2_0_options(MachineClass *m)
{
    pc_q35_machine_3_0_options(m);
}
DEFINE_Q35_MACHINE(2, 0);
static void pc_q35_machine_3_0_options(MachineClass *m)
{
    pc_q35_machine_4_0_options(m);
}
DEFINE_Q35_MACHINE(3, 0);
static void pc_q35_machine_4_0_options(MachineClass *m)
{
    pc_q35_machine_5_0_options(m);
}
DEFINE_Q35_MACHINE(4, 0);
static void pc_q35_machine_5_0_options(MachineClass *m)
{
    pc_q35_machine_6_0_options(m);
}
DEFINE_Q35_MACHINE(5, 0);
static void pc_q35_machine_6_0_options(MachineClass *m)
{
    pc_q35_machine_7_0_options(m);
}
DEFINE_Q35_MACHINE(6, 0);
static void pc_q35_machine_7_0_options(MachineClass *m)
{
    pc_q35_machine_8_0_options(m);
}
DEFINE_Q35_MACHINE(7, 0);
static void pc_q35_machine_8_0_options(MachineClass *m)
{
    pc_q35_machine_9_0_options(m);
}
DEFINE_Q35_MACHINE(8, 0);
static void pc_q35_machine_9_0_options(MachineClass *m)
{
    pc_q35_machine_10_0_options(m);
}
DEFINE_Q35_MACHINE(9, 0);
static void pc_q35_machine_10_0_options(MachineClass *m)
{
    pc_q35_machine_11_0_options(m);
}
DEFINE_Q35_MACHINE(10, 0);
static void pc_q35_machine_11_0_options(MachineClass *m)
{
    pc_q35_machine_12_0_options(m);
}
DEFINE_Q35_MACHINE(11, 0);
static void pc_q35_machine_12_0_options(MachineClass *m)
{
    pc_q35_machine_13_0_options(m);
}
DEFINE_Q35_MACHINE(12, 0);
static void pc_q35_machine_13_0_options(MachineClass *m)
{
    pc_q35_machine_14_0_options(m);
}
DEFINE_Q35_MACHINE(13, 0);
static void pc_q35_machine_14_0_options(MachineClass *m)
{
    pc_q35_machine_15_0_options(m);
}
DEFINE_Q35_MACHINE(14, 0);
static void pc_q35_machine_15_0_options(MachineClass *m)
{
    pc_q35_machine_16_0_options(m);
}
DEFINE_Q35_MACHINE(15, 0);
static void pc_q35_machine_16_0_options(MachineClass *m)
{
    pc_q35_machine_17_0_options(m);
}
DEFINE_Q35_MACHINE(16, 0);
static void pc_q35_machine_17_0_options(MachineClass *m)
{
    pc_q35_machine_18_0_options(m);
}
DEFINE_Q35_MACHINE(17, 0);
static void pc_q35_machine_18_0_options(MachineClass *m)
{
    pc_q35_machine_19_0_options(m);
}
DEFINE_Q35_MACHINE(18, 0);
static void pc_q35_machine_19_0_options(MachineClass *m)
{
    pc_q35_machine_20_0_options(m);
}
DEFINE_Q35_MACHINE(19, 0);
static void pc_q35_machine_20_0_options(MachineClass *m)
{
    pc_q35_machine_21_0_options(m);
}
DEFINE_Q35_MACHINE(20, 0);
static void pc_q35_machine_21_0_options(MachineClass *m)
{
    pc_q35_machine_22_0_options(m);
}
DEFINE_Q35_MACHINE(21, 0);
static void pc_q35_machine_22_0_options(MachineClass *m)
{
    pc_q35_machine_23_0_options(m);
}
DEFINE_Q35_MACHINE(22, 0);
static void pc_q35_machine_23_0_options(MachineClass *m)
{
    pc_q35_machine_24_0_options(m);
}
DEFINE_Q35_MACHINE(23, 0);
static void pc_q35_machine_24_0_options(MachineClass *m)
{
    pc_q35_machine_25_0_options(m);
}
DEFINE_Q35_MACHINE(24, 0);
static void pc_q35_machine_25_0_options(MachineClass *m)
{
    pc_q35_machine_26_0_options(m);
}
DEFINE_Q35_MACHINE(25, 0);
static void pc_q35_machine_26_0_options(MachineClass *m)
{
    pc_q35_machine_27_0_options(m);
}
DEFINE_Q35_MACHINE(26, 0);
static void pc_q35_machine_27_0_options(MachineClass *m)
{
    pc_q35_machine_28_0_options(m);
}
DEFINE_Q35_MACHINE(27, 0);
static void pc_q35_machine_28_0_options(MachineClass *m)
{
    pc_q35_machine_29_0_options(m);
}
DEFINE_Q35_MACHINE(28, 0);
static void pc_q35_machine_29_0_options(MachineClass *m)
{
    pc_q35_machine_30_0_options(m);
}
DEFINE_Q35_MACHINE(29, 0);
static void pc_q35_machine_30_0_options(MachineClass *m)
{
    pc_q35_machine_31_0_options(m);
}
DEFINE_Q35_MACHINE(30, 0);
static void pc_q35_machine_31_0_options(MachineClass *m)
{
    pc_q35_machine_32_0_options(m);
}
DEFINE_Q35_MACHINE(31, 0);
static void pc_q35_machine_32_0_options(MachineClass *m)
{
    pc_q35_machine_33_0_options(m);
}
DEFINE_Q35_MACHINE(32, 0);
static void pc_q35_machine_33_0_options(MachineClass *m)
{
    pc_q35_machine_34_0_options(m);
}
DEFINE_Q35_MACHINE(33, 0);
static void pc_q35_machine_34_0_options(MachineClass *m)
{
    pc_q35_machine_35_0_options(m);
}
DEFINE_Q35_MACHINE(34, 0);
static void pc_q35_machine_35_0_options(MachineClass *m)
{
    pc_q35_machine_36_0_options(m);
}
DEFINE_Q35_MACHINE(35, 0);
static void pc_q35_machine_36_0_options(MachineClass *m)
{
    pc_q35_machine_37_0_options(m);
}
DEFINE_Q35_MACHINE(36, 0);
static void pc_q35_machine_37_0_options(MachineClass *m)
{
    pc_q35_machine_38_0_options(m);
}
DEFINE_Q35_MACHINE(37, 0);
static void pc_q35_machine_38_0_options(MachineClass *m)
{
    pc_q35_machine_39_0_options(m);
}
DEFINE_Q35_MACHINE(38, 0);
static void pc_q35_machine_39_0_options(MachineClass *m)
{
    pc_q35_machine_40_0_options(m);
}
DEFINE_Q35_MACHINE(39, 0);
static void pc_q35_machine_40_0_options(MachineClass *m)
{
    pc_q35_machine_41_0_options(m);
}
DEFINE_Q35_MACHINE(40, 0);
static void pc_q35_machine_41_0_options(MachineClass *m)
{
    pc_q35_machine_42_0_options(m);
}
DEFINE_Q35_MACHINE(41, 0);
static void pc_q35_machine_42_0_options(MachineClass *m)
{
    pc_q35_machine_43_0_options(m);
}
DEFINE_Q35_MACHINE(42, 0);
static void pc_q35_machine_43_0_options(MachineClass *m)
{
    pc_q35_machine_44_0_options(m);
}
DEFINE_Q35_MACHINE(43, 0);
static void pc_q35_machine_44_0_options(MachineClass *m)
{
    pc_q35_machine_45_0_options(m);
}
DEFINE_Q35_MACHINE(44, 0);
static void pc_q35_machine_45_0_options(MachineClass *m)
{
    pc_q35_machine_46_0_options(m);
}
DEFINE_Q35_MACHINE(45, 0);
static void pc_q35_machine_46_0_options(MachineClass *m)
{
    pc_q35_machine_47_0_options(m);
}
DEFINE_Q35_MACHINE(46, 0);
static void pc_q35_machine_47_0_options(MachineClass *m)
{
    pc_q35_machine_48_0_options(m);
}
DEFINE_Q35_MACHINE(47, 0);
static void pc_q35_machine_48_0_options(MachineClass *m)
{
    pc_q35_machine_49_0_options(m);
}
DEFINE_Q35_MACHINE(48, 0);
static void pc_q35_machine_49_0_options(MachineClass *m)
{
    pc_q35_machine_50_0_options(m);
}
DEFINE_Q35_MACHINE(49, 0);
static void pc_q35_machine_50_0_options(MachineClass *m)
{
    pc_q35_machine_51_0_options(m);
}
DEFINE_Q35_MACHINE(50, 0);
static void pc_q35_machine_51_0_options(MachineClass *m)
{
    pc_q35_machine_52_0_options(m);
}
DEFINE_Q35_MACHINE(51, 0);
static void pc_q35_machine_52_0_options(MachineClass *m)
{
    pc_q35_machine_53_0_options(m);
}
DEFINE_Q35_MACHINE(52, 0);
static void pc_q35_machine_53_0_options(MachineClass *m)
{
    pc_q35_machine_54_0_options(m);
}
DEFINE_Q35_MACHINE(53, 0);
static void pc_q35_machine_54_0_options(MachineClass *m)
{
    pc_q35_machine_55_0_options(m);
}
DEFINE_Q35_MACHINE(54, 0);
static void pc_q35_machine_55_0_options(MachineClass *m)
{
    pc_q35_machine_56_0_options(m);
}
DEFINE_Q35_MACHINE(55, 0);
static void pc_q35_machine_56_0_options(MachineClass *m)
{
    pc_q35_machine_57_0_options(m);
}
DEFINE_Q35_MACHINE(56, 0);
static void pc_q35_machine_57_0_options(MachineClass *m)
{
    pc_q35_machine_58_0_options(m);
}
DEFINE_Q35_MACHINE(57, 0);
static void pc_q35_machine_58_0_options(MachineClass *m)
{
    pc_q35_machine_59_0_options(m);
}
DEFINE_Q35_MACHINE(58, 0);
static void pc_q35_machine_59_0_options(MachineClass *m)
{
    pc_q35_machine_60_0_options(m);
}
DEFINE_Q35_MACHINE(59, 0);
static void pc_q35_machine_60_0_options(MachineClass *m)
{
    pc_q35_machine_61_0_options(m);
}
DEFINE_Q35_MACHINE(60, 0);
static void pc_q35_machine_61_0_options(MachineClass *m)
{
    pc_q35_machine_62_0_options(m);
}
DEFINE_Q35_MACHINE(61, 0);
static void pc_q35_machine_62_0_options(MachineClass *m)
{
    pc_q35_machine_63_0_options(m);
}
DEFINE_Q35_MACHINE(62, 0);
static void pc_q35_machine_63_0_options(MachineClass *m)
{
    pc_q35_machine_64_0_options(m);
}
DEFINE_Q35_MACHINE(63, 0);
static void pc_q35_machine_64_0_options(MachineClass *m)
{
    pc_q35_machine_65_0_options(m);
}
DEFINE_Q35_MACHINE(64, 0);
static void pc_q35_machine_65_0_options(MachineClass *m)
{
    pc_q35_machine_66_0_options(m);
}
DEFINE_Q35_MACHINE(65, 0);
static void pc_q35_machine_66_0_options(MachineClass *m)
{
    pc_q35_machine_67_0_options(m);
}
DEFINE_Q35_MACHINE(66, 0);
static void pc_q35_machine_67_0_options(MachineClass *m)
{
    pc_q35_machine_68_0_options(m);
}
DEFINE_Q35_MACHINE(67, 0);
static void pc_q35_machine_68_0_options(MachineClass *m)
{
    pc_q35_machine_69_0_options(m);
}
DEFINE_Q35_MACHINE(68, 0);
static void pc_q35_machine_69_0_options(MachineClass *m)
{
    pc_q35_machine_70_0_options(m);
}
DEFINE_Q35_MACHINE(69, 0);
static void pc_q35_machine_70_0_options(MachineClass *m)
{
    pc_q35_machine_71_0_options(m);
}
DEFINE_Q35_MACHINE(70, 0);
static void pc_q35_machine_71_0_options(MachineClass *m)
{
    pc_q35_machine_72_0_options(m);
}
DEFINE_Q35_MACHINE(71, 0);
static void pc_q35_machine_72_0_options(MachineClass *m)
{
    pc_q35_machine_73_0_options(m);
}
DEFINE_Q35_MACHINE(72, 0);
static void pc_q35_machine_73_0_options(MachineClass *m)
{
    pc_q35_machine_74_0_options(m);
}
DEFINE_Q35_MACHINE(73, 0);
static void pc_q35_machine_74_0_options(MachineClass *m)
{
    pc_q35_machine_75_0_options(m);
}
DEFINE_Q35_MACHINE(74, 0);
static void pc_q35_machine_75_0_options(MachineClass *m)
{
    pc_q35_machine_76_0_options(m);
}
DEFINE_Q35_MACHINE(75, 0);
static void pc_q35_machine_76_0_options(MachineClass *m)
{
    pc_q35_machine_77_0_options(m);
}
DEFINE_Q35_MACHINE(76, 0);
static void pc_q35_machine_77_0_options(MachineClass *m)
{
    pc_q35_machine_78_0_options(m);
}
DEFINE_Q35_MACHINE(77, 0);
static void pc_q35_machine_78_0_options(MachineClass *m)
{
    pc_q35_machine_79_0_options(m);
}
DEFINE_Q35_MACHINE(78, 0);
static void pc_q35_machine_79_0_options(MachineClass *m)
{
    pc_q35_machine_80_0_options(m);
}
DEFINE_Q35_MACHINE(79, 0);
static void pc_q35_machine_80_0_options(MachineClass *m)
{
    pc_q35_machine_81_0_options(m);
}
DEFINE_Q35_MACHINE(80, 0);
static void pc_q35_machine_81_0_options(MachineClass *m)
{
    pc_q35_machine_82_0_options(m);
}
DEFINE_Q35_MACHINE(81, 0);
static void pc_q35_machine_82_0_options(MachineClass *m)
{
    pc_q35_machine_83_0_options(m);
}
DEFINE_Q35_MACHINE(82, 0);
static void pc_q35_machine_83_0_options(MachineClass *m)
{
    pc_q35_machine_84_0_options(m);
}
DEFINE_Q35_MACHINE(83, 0);
static void pc_q35_machine_84_0_options(MachineClass *m)
{
    pc_q35_machine_85_0_options(m);
}
DEFINE_Q35_MACHINE(84, 0);
static void pc_q35_machine_85_0_options(MachineClass *m)
{
    pc_q35_machine_86_0_options(m);
}
DEFINE_Q35_MACHINE(85, 0);
static void pc_q35_machine_86_0_options(MachineClass *m)
{
    pc_q35_machine_87_0_options(m);
}
DEFINE_Q35_MACHINE(86, 0);
static void pc_q35_machine_87_0_options(MachineClass *m)
{
    pc_q35_machine_88_0_options(m);
}
DEFINE_Q35_MACHINE(87, 0);
static void pc_q35_machine_88_0_options(MachineClass *m)
{
    pc_q35_machine_89_0_options(m);
}
DEFINE_Q35_MACHINE(88, 0);
static void pc_q35_machine_89_0_options(MachineClass *m)
{
    pc_q35_machine_90_0_options(m);
}
DEFINE_Q35_MACHINE(89, 0);
static void pc_q35_machine_90_0_options(MachineClass *m)
{
    pc_q35_machine_91_0_options(m);
}
DEFINE_Q35_MACHINE(90, 0);
static void pc_q35_machine_91_0_options(MachineClass *m)
{
    pc_q35_machine_92_0_options(m);
}
DEFINE_Q35_MACHINE(91, 0);
static void pc_q35_machine_92_0_options(MachineClass *m)
{
    pc_q35_machine_93_0_options(m);
}
DEFINE_Q35_MACHINE(92, 0);
static void pc_q35_machine_93_0_options(MachineClass *m)
{
    pc_q35_machine_94_0_options(m);
}
DEFINE_Q35_MACHINE(93, 0);
static void pc_q35_machine_94_0_options(MachineClass *m)
{
    pc_q35_machine_95_0_options(m);
}
DEFINE_Q35_MACHINE(94, 0);
static void pc_q35_machine_95_0_options(MachineClass *m)
{
    pc_q35_machine_96_0_options(m);
}
DEFINE_Q35_MACHINE(95, 0);
static void pc_q35_machine_96_0_options(MachineClass *m)
{
    pc_q35_machine_97_0_options(m);
}
DEFINE_Q35_MACHINE(96, 0);
static void pc_q35_machine_97_0_options(MachineClass *m)
{
    pc_q35_machine_98_0_options(m);
}
DEFINE_Q35_MACHINE(97, 0);
static void pc_q35_machine_98_0_options(MachineClass *m)
{
    pc_q35_machine_99_0_options(m);
}
DEFINE_Q35_MACHINE(98, 0);
static void pc_q35_machine_99_0_options(MachineClass *m)
{
    pc_q35_machine_100_0_options(m);
}
DEFINE_Q35_MACHINE(99, 0);
static void pc_q35_machine_100_0_options(MachineClass *m)
{
    pc_q35_machine_101_0_options(m);
}
DEFINE_Q35_MACHINE(100, 0);
static void pc_q35_machine_101_0_options(MachineClass *m)
{
    pc_q35_machine_102_0_options(m);
}
DEFINE_Q35_MACHINE(101, 0);
static void pc_q35_machine_102_0_options(MachineClass *m)
{
    pc_q35_machine_103_0_options(m);
}
DEFINE_Q35_MACHINE(102, 0);
static void pc_q35_machine_103_0_options(MachineClass *m)
{
    pc_q35_machine_104_0_options(m);
}
DEFINE_Q35_MACHINE(103, 0);
static void pc_q35_machine_104_0_options(MachineClass *m)
{
    pc_q35_machine_105_0_options(m);
}
DEFINE_Q35_MACHINE(104, 0);
static void pc_q35_machine_105_0_options(MachineClass *m)
{
    pc_q35_machine_106_0_options(m);
}
DEFINE_Q35_MACHINE(105, 0);
static void pc_q35_machine_106_0_options(MachineClass *m)
{
    pc_q35_machine_107_0_options(m);
}
DEFINE_Q35_MACHINE(106, 0);
static void pc_q35_machine_107_0_options(MachineClass *m)
{
    pc_q35_machine_108_0_options(m);
}
DEFINE_Q35_MACHINE(107, 0);
static void pc_q35_machine_108_0_options(MachineClass *m)
{
    pc_q35_machine_109_0_options(m);
}
DEFINE_Q35_MACHINE(108, 0);
static void pc_q35_machine_109_0_options(MachineClass *m)
{
    pc_q35_machine_110_0_options(m);
}
DEFINE_Q35_MACHINE(109, 0);
static void pc_q35_machine_110_0_options(MachineClass *m)
{
    pc_q35_machine_111_0_options(m);
}
DEFINE_Q35_MACHINE(110, 0);
static void pc_q35_machine_111_0_options(MachineClass *m)
{
    pc_q35_machine_112_0_options(m);
}
DEFINE_Q35_MACHINE(111, 0);
static void pc_q35_machine_112_0_options(MachineClass *m)
{
    pc_q35_machine_113_0_options(m);
}
DEFINE_Q35_MACHINE(112, 0);
static void pc_q35_machine_113_0_options(MachineClass *m)
{
    pc_q35_machine_114_0_options(m);
}
DEFINE_Q35_MACHINE(113, 0);
static void pc_q35_machine_114_0_options(MachineClass *m)
{
    pc_q35_machine_115_0_options(m);
}
DEFINE_Q35_MACHINE(114, 0);
static void pc_q35_machine_115_0_options(MachineClass *m)
{
    pc_q35_machine_116_0_options(m);
}
DEFINE_Q35_MACHINE(115, 0);
static void pc_q35_machine_116_0_options(MachineClass *m)
{
    pc_q35_machine_117_0_options(m);
}
DEFINE_Q35_MACHINE(116, 0);
static void pc_q35_machine_117_0_options(MachineClass *m)
{
    pc_q35_machine_118_0_options(m);
}
DEFINE_Q35_MACHINE(117, 0);
static void pc_q35_machine_118_0_options(MachineClass *m)
{
    pc_q35_machine_119_0_options(m);
}
DEFINE_Q35_MACHINE(118, 0);
static void pc_q35_machine_119_0_options(MachineClass *m)
{
    pc_q35_machine_120_0_options(m);
}
DEFINE_Q35_MACHINE(119, 0);
static void pc_q35_machine_120_0_options(MachineClass *m)
{
    pc_q35_machine_121_0_options(m);
}
DEFINE_Q35_MACHINE(120, 0);
static void pc_q35_machine_121_0_options(MachineClass *m)
{
    pc_q35_machine_122_0_options(m);
}
DEFINE_Q35_MACHINE(121, 0);
static void pc_q35_machine_122_0_options(MachineClass *m)
{
    pc_q35_machine_123_0_options(m);
}
DEFINE_Q35_MACHINE(122, 0);
static void pc_q35_machine_123_0_options(MachineClass *m)
{
    pc_q35_machine_124_0_options(m);
}
DEFINE_Q35_MACHINE(123, 0);
static void pc_q35_machine_124_0_options(MachineClass *m)
{
    pc_q35_machine_125_0_options(m);
}
DEFINE_Q35_MACHINE(124, 0);
static void pc_q35_machine_125_0_options(MachineClass *m)
{
    pc_q35_machine_126_0_options(m);
}
DEFINE_Q35_MACHINE(125, 0);
static void pc_q35_machine_126_0_options(MachineClass *m)
{
    pc_q35_machine_127_0_options(m);
}
DEFINE_Q35_MACHINE(126, 0);
static void pc_q35_machine_127_0_options(MachineClass *m)
{
    pc_q35_machine_128_0_options(m);
}
DEFINE_Q35_MACHINE(127, 0);
static void pc_q35_machine_128_0_options(MachineClass *m)
{
    pc_q35_machine_129_0_options(m);
}
DEFINE_Q35_MACHINE(128, 0);
static void pc_q35_machine_129_0_options(MachineClass *m)
{
    pc_q35_machine_130_0_options(m);
}
DEFINE_Q35_MACHINE(129, 0);
static void pc_q35_machine_130_0_options(MachineClass *m)
{
    pc_q35_machine_131_0_options(m);
}
DEFINE_Q35_MACHINE(130, 0);
static void pc_q35_machine_131_0_options(MachineClass *m)
{
    pc_q35_machine_132_0_options(m);
}
DEFINE_Q35_MACHINE(131, 0);
static void pc_q35_machine_132_0_options(MachineClass *m)
{
    pc_q35_machine_133_0_options(m);
}
DEFINE_Q35_MACHINE(132, 0);
static void pc_q35_machine_133_0_options(MachineClass *m)
{
    pc_q35_machine_134_0_options(m);
}
DEFINE_Q35_MACHINE(133, 0);
static void pc_q35_machine_134_0_options(MachineClass *m)
{
    pc_q35_machine_135_0_options(m);
}
DEFINE_Q35_MACHINE(134, 0);
static void pc_q35_machine_135_0_options(MachineClass *m)
{
    pc_q35_machine_136_0_options(m);
}
DEFINE_Q35_MACHINE(135, 0);
static void pc_q35_machine_136_0_options(MachineClass *m)
{
    pc_q35_machine_137_0_options(m);
}
DEFINE_Q35_MACHINE(136, 0);
static void pc_q35_machine_137_0_options(MachineClass *m)
{
    pc_q35_machine_138_0_options(m);
}
DEFINE_Q35_MACHINE(137, 0);
static void pc_q35_machine_138_0_options(MachineClass *m)
{
    pc_q35_machine_139_0_options(m);
}
DEFINE_Q35_MACHINE(138, 0);
static void pc_q35_machine_139_0_options(MachineClass *m)
{
    pc_q35_machine_140_0_options(m);
}
DEFINE_Q35_MACHINE(139, 0);
static void pc_q35_machine_140_0_options(MachineClass *m)
{
    pc_q35_machine_141_0_options(m);
}
DEFINE_Q35_MACHINE(140, 0);
static void pc_q35_machine_141_0_options(MachineClass *m)
{
    pc_q35_machine_142_0_options(m);
}
DEFINE_Q35_MACHINE(141, 0);
static void pc_q35_machine_142_0_options(MachineClass *m)
{
    pc_q35_machine_143_0_options(m);
}
DEFINE_Q35_MACHINE(142, 0);
static void pc_q35_machine_143_0_options(MachineClass *m)
{
    pc_q35_machine_144_0_options(m);
}
DEFINE_Q35_MACHINE(143, 0);
static void pc_q35_machine_144_0_options(MachineClass *m)
{
    pc_q35_machine_145_0_options(m);
}
DEFINE_Q35_MACHINE(144, 0);
static void pc_q35_machine_145_0_options(MachineClass *m)
{
    pc_q35_machine_146_0_options(m);
}
DEFINE_Q35_MACHINE(145, 0);
static void pc_q35_machine_146_0_options(MachineClass *m)
{
    pc_q35_machine_147_0_options(m);
}
DEFINE_Q35_MACHINE(146, 0);
static void pc_q35_machine_147_0_options(MachineClass *m)
{
    pc_q35_machine_148_0_options(m);
}
DEFINE_Q35_MACHINE(147, 0);
static void pc_q35_machine_148_0_options(MachineClass *m)
{
    pc_q35_machine_149_0_options(m);
}
DEFINE_Q35_MACHINE(148, 0);
static void pc_q35_machine_149_0_options(MachineClass *m)
{
    pc_q35_machine_150_0_options(m);
}
DEFINE_Q35_MACHINE(149, 0);
static void pc_q35_machine_150_0_options(MachineClass *m)
{
    pc_q35_machine_151_0_options(m);
}
DEFINE_Q35_MACHINE(150, 0);
static void pc_q35_machine_151_0_options(MachineClass *m)
{
    pc_q35_machine_152_0_options(m);
}
DEFINE_Q35_MACHINE(151, 0);
static void pc_q35_machine_152_0_options(MachineClass *m)
{
    pc_q35_machine_153_0_options(m);
}
DEFINE_Q35_MACHINE(152, 0);
static void pc_q35_machine_153_0_options(MachineClass *m)
{
    pc_q35_machine_154_0_options(m);
}
DEFINE_Q35_MACHINE(153, 0);
static void pc_q35_machine_154_0_options(MachineClass *m)
{
    pc_q35_machine_155_0_options(m);
}
DEFINE_Q35_MACHINE(154, 0);
static void pc_q35_machine_155_0_options(MachineClass *m)
{
    pc_q35_machine_156_0_options(m);
}
DEFINE_Q35_MACHINE(155, 0);
static void pc_q35_machine_156_0_options(MachineClass *m)
{
    pc_q35_machine_157_0_options(m);
}
DEFINE_Q35_MACHINE(156, 0);
static void pc_q35_machine_157_0_options(MachineClass *m)
{
    pc_q35_machine_158_0_options(m);
}
DEFINE_Q35_MACHINE(157, 0);
static void pc_q35_machine_158_0_options(MachineClass *m)
{
    pc_q35_machine_159_0_options(m);
}
DEFINE_Q35_MACHINE(158, 0);
static void pc_q35_machine_159_0_options(MachineClass *m)
{
    pc_q35_machine_160_0_options(m);
}
DEFINE_Q35_MACHINE(159, 0);
static void pc_q35_machine_160_0_options(MachineClass *m)
{
    pc_q35_machine_161_0_options(m);
}
DEFINE_Q35_MACHINE(160, 0);
static void pc_q35_machine_161_0_options(MachineClass *m)
{
    pc_q35_machine_162_0_options(m);
}
DEFINE_Q35_MACHINE(161, 0);
static void pc_q35_machine_162_0_options(MachineClass *m)
{
    pc_q35_machine_163_0_options(m);
}
DEFINE_Q35_MACHINE(162, 0);
static void pc_q35_machine_163_0_options(MachineClass *m)
{
    pc_q35_machine_164_0_options(m);
}
DEFINE_Q35_MACHINE(163, 0);
static void pc_q35_machine_164_0_options(MachineClass *m)
{
    pc_q35_machine_165_0_options(m);
}
DEFINE_Q35_MACHINE(164, 0);
static void pc_q35_machine_165_0_options(MachineClass *m)
{
    pc_q35_machine_166_0_options(m);
}
DEFINE_Q35_MACHINE(165, 0);
static void pc_q35_machine_166_0_options(MachineClass *m)
{
    pc_q35_machine_167_0_options(m);
}
DEFINE_Q35_MACHINE(166, 0);
static void pc_q35_machine_167_0_options(MachineClass *m)
{
    pc_q35_machine_168_0_options(m);
}
DEFINE_Q35_MACHINE(167, 0);
static void pc_q35_machine_168_0_options(MachineClass *m)
{
    pc_q35_machine_169_0_options(m);
}
DEFINE_Q35_MACHINE(168, 0);
static void pc_q35_machine_169_0_options(MachineClass *m)
{
    pc_q35_machine_170_0_options(m);
}
DEFINE_Q35_MACHINE(169, 0);
static void pc_q35_machine_170_0_options(MachineClass *m)
{
    pc_q35_machine_171_0_options(m);
}
DEFINE_Q35_MACHINE(170, 0);
static void pc_q35_machine_171_0_options(MachineClass *m)
{
    pc_q35_machine_172_0_options(m);
}
DEFINE_Q35_MACHINE(171, 0);
static void pc_q35_machine_172_0_options(MachineClass *m)
{
    pc_q35_machine_173_0_options(m);
}
DEFINE_Q35_MACHINE(172, 0);
static void pc_q35_machine_173_0_options(MachineClass *m)
{
    pc_q35_machine_174_0_options(m);
}
DEFINE_Q35_MACHINE(173, 0);
static void pc_q35_machine_174_0_options(MachineClass *m)
{
    pc_q35_machine_175_0_options(m);
}
DEFINE_Q35_MACHINE(174, 0);
static void pc_q35_machine_175_0_options(MachineClass *m)
{
    pc_q35_machine_176_0_options(m);
}
DEFINE_Q35_MACHINE(175, 0);
static void pc_q35_machine_176_0_options(MachineClass *m)
{
    pc_q35_machine_177_0_options(m);
}
DEFINE_Q35_MACHINE(176, 0);
static void pc_q35_machine_177_0_options(MachineClass *m)
{
    pc_q35_machine_178_0_options(m);
}
DEFINE_Q35_MACHINE(177, 0);
static void pc_q35_machine_178_0_options(MachineClass *m)
{
    pc_q35_machine_179_0_options(m);
}
DEFINE_Q35_MACHINE(178, 0);
static void pc_q35_machine_179_0_options(MachineClass *m)
{
    pc_q35_machine_180_0_options(m);
}
DEFINE_Q35_MACHINE(179, 0);
static void pc_q35_machine_180_0_options(MachineClass *m)
{
    pc_q35_machine_181_0_options(m);
}
DEFINE_Q35_MACHINE(180, 0);
static void pc_q35_machine_181_0_options(MachineClass *m)
{
    pc_q35_machine_182_0_options(m);
}
DEFINE_Q35_MACHINE(181, 0);
static void pc_q35_machine_182_0_options(MachineClass *m)
{
    pc_q35_machine_183_0_options(m);
}
DEFINE_Q35_MACHINE(182, 0);
static void pc_q35_machine_183_0_options(MachineClass *m)
{
    pc_q35_machine_184_0_options(m);
}
DEFINE_Q35_MACHINE(183, 0);
static void pc_q35_machine_184_0_options(MachineClass *m)
{
    pc_q35_machine_185_0_options(m);
}
DEFINE_Q35_MACHINE(184, 0);
static void pc_q35_machine_185_0_options(MachineClass *m)
{
    pc_q35_machine_186_0_options(m);
}
DEFINE_Q35_MACHINE(185, 0);
static void pc_q35_machine_186_0_options(MachineClass *m)
{
    pc_q35_machine_187_0_options(m);
}
DEFINE_Q35_MACHINE(186, 0);
static void pc_q35_machine_187_0_options(MachineClass *m)
{
    pc_q35_machine_188_0_options(m);
}
DEFINE_Q35_MACHINE(187, 0);
static void pc_q35_machine_188_0_options(MachineClass *m)
{
    pc_q35_machine_189_0_options(m);
}
DEFINE_Q35_MACHINE(188, 0);
static void pc_q35_machine_189_0_options(MachineClass *m)
{
    pc_q35_machine_190_0_options(m);
}
DEFINE_Q35_MACHINE(189, 0);
static void pc_q35_machine_190_0_options(MachineClass *m)
{
    pc_q35_machine_191_0_options(m);
}
DEFINE_Q35_MACHINE(190, 0);
static void pc_q35_machine_191_0_options(MachineClass *m)
{
    pc_q35_machine_192_0_options(m);
}
DEFINE_Q35_MACHINE(191, 0);
static void pc_q35_machine_192_0_options(MachineClass *m)
{
    pc_q35_machine_193_0_options(m);
}
DEFINE_Q35_MACHINE(192, 0);
static void pc_q35_machine_193_0_options(MachineClass *m)
{
    pc_q35_machine_194_0_options(m);
}
DEFINE_Q35_MACHINE(193, 0);
static void pc_q35_machine_194_0_options(MachineClass *m)
{
    pc_q35_machine_195_0_options(m);
}
DEFINE_Q35_MACHINE(194, 0);
static void pc_q35_machine_195_0_options(MachineClass *m)
{
    pc_q35_machine_196_0_options(m);
}
DEFINE_Q35_MACHINE(195, 0);
static void pc_q35_machine_196_0_options(MachineClass *m)
{
    pc_q35_machine_197_0_options(m);
}
DEFINE_Q35_MACHINE(196, 0);
static void pc_q35_machine_197_0_options(MachineClass *m)
{
    pc_q35_machine_198_0_options(m);
}
DEFINE_Q35_MACHINE(197, 0);
static void pc_q35_machine_198_0_options(MachineClass *m)
{
    pc_q35_machine_199_0_options(m);
}
DEFINE_Q35_MACHINE(198, 0);
static void pc_q35_machine_199_0_options(MachineClass *m)
{
    pc_q35_machine_200_0_options(m);
}
DEFINE_Q35_MACHINE(199, 0);
static void pc_q35_machine_200_0_options(MachineClass *m)
{
    pc_q35_machine_201_0_options(m);
}
DEFINE_Q35_MACHINE(200, 0);
static void pc_q35_machine_201_0_options(MachineClass *m)
{
    pc_q35_machine_202_0_options(m);
}
DEFINE_Q35_MACHINE(201, 0);
static void pc_q35_machine_202_0_options(MachineClass *m)
{
    pc_q35_machine_203_0_options(m);
}
DEFINE_Q35_MACHINE(202, 0);
static void pc_q35_machine_203_0_options(MachineClass *m)
{
    pc_q35_machine_204_0_options(m);
}
DEFINE_Q35_MACHINE(203, 0);
static void pc_q35_machine_204_0_options(MachineClass *m)
{
    pc_q35_machine_205_0_options(m);
}
DEFINE_Q35_MACHINE(204, 0);
static void pc_q35_machine_205_0_options(MachineClass *m)
{
    pc_q35_machine_206_0_options(m);
}
DEFINE_Q35_MACHINE(205, 0);
static void pc_q35_machine_206_0_options(MachineClass *m)
{
    pc_q35_machine_207_0_options(m);
}
DEFINE_Q35_MACHINE(206, 0);
static void pc_q35_machine_207_0_options(MachineClass *m)
{
    pc_q35_machine_208_0_options(m);
}
DEFINE_Q35_MACHINE(207, 0);
static void pc_q35_machine_208_0_options(MachineClass *m)
{
    pc_q35_machine_209_0_options(m);
}
DEFINE_Q35_MACHINE(208, 0);
static void pc_q35_machine_209_0_options(MachineClass *m)
{
    pc_q35_machine_210_0_options(m);
}
DEFINE_Q35_MACHINE(209, 0);
static void pc_q35_machine_210_0_options(MachineClass *m)
{
    pc_q35_machine_211_0_options(m);
}
DEFINE_Q35_MACHINE(210, 0);
static void pc_q35_machine_211_0_options(MachineClass *m)
{
    pc_q35_machine_212_0_options(m);
}
DEFINE_Q35_MACHINE(211, 0);
static void pc_q35_machine_212_0_options(MachineClass *m)
{
    pc_q35_machine_213_0_options(m);
}
DEFINE_Q35_MACHINE(212, 0);
static void pc_q35_machine_213_0_options(MachineClass *m)
{
    pc_q35_machine_214_0_options(m);
}
DEFINE_Q35_MACHINE(213, 0);
static void pc_q35_machine_214_0_options(MachineClass *m)
{
    pc_q35_machine_215_0_options(m);
}
DEFINE_Q35_MACHINE(214, 0);
static void pc_q35_machine_215_0_options(MachineClass *m)
{
    pc_q35_machine_216_0_options(m);
}
DEFINE_Q35_MACHINE(215, 0);
static void pc_q35_machine_216_0_options(MachineClass *m)
{
    pc_q35_machine_217_0_options(m);
}
DEFINE_Q35_MACHINE(216, 0);
static void pc_q35_machine_217_0_options(MachineClass *m)
{
    pc_q35_machine_218_0_options(m);
}
DEFINE_Q35_MACHINE(217, 0);
static void pc_q35_machine_218_0_options(MachineClass *m)
{
    pc_q35_machine_219_0_options(m);
}
DEFINE_Q35_MACHINE(218, 0);
static void pc_q35_machine_219_0_options(MachineClass *m)
{
    pc_q35_machine_220_0_options(m);
}
DEFINE_Q35_MACHINE(219, 0);
static void pc_q35_machine_220_0_options(MachineClass *m)
{
    pc_q35_machine_221_0_options(m);
}
DEFINE_Q35_MACHINE(220, 0);
static void pc_q35_machine_221_0_options(MachineClass *m)
{
    pc_q35_machine_222_0_options(m);
}
DEFINE_Q35_MACHINE(221, 0);
static void pc_q35_machine_222_0_options(MachineClass *m)
{
    pc_q35_machine_223_0_options(m);
}
DEFINE_Q35_MACHINE(222, 0);
static void pc_q35_machine_223_0_options(MachineClass *m)
{
    pc_q35_machine_224_0_options(m);
}
DEFINE_Q35_MACHINE(223, 0);
static void pc_q35_machine_224_0_options(MachineClass *m)
{
    pc_q35_machine_225_0_options(m);
}
DEFINE_Q35_MACHINE(224, 0);
static void pc_q35_machine_225_0_options(MachineClass *m)
{
    pc_q35_machine_226_0_options(m);
}
DEFINE_Q35_MACHINE(225, 0);
static void pc_q35_machine_226_0_options(MachineClass *m)
{
    pc_q35_machine_227_0_options(m);
}
DEFINE_Q35_MACHINE(226, 0);
static void pc_q35_machine_227_0_options(MachineClass *m)
{
    pc_q35_machine_228_0_options(m);
}
DEFINE_Q35_MACHINE(227, 0);
static void pc_q35_machine_228_0_options(MachineClass *m)
{
    pc_q35_machine_229_0_options(m);
}
DEFINE_Q35_MACHINE(228, 0);
static void pc_q35_machine_229_0_options(MachineClass *m)
{
    pc_q35_machine_230_0_options(m);
}
DEFINE_Q35_MACHINE(229, 0);
static void pc_q35_machine_230_0_options(MachineClass *m)
{
    pc_q35_machine_231_0_options(m);
}
DEFINE_Q35_MACHINE(230, 0);
static void pc_q35_machine_231_0_options(MachineClass *m)
{
    pc_q35_machine_232_0_options(m);
}
DEFINE_Q35_MACHINE(231, 0);
static void pc_q35_machine_232_0_options(MachineClass *m)
{
    pc_q35_machine_233_0_options(m);
}
DEFINE_Q35_MACHINE(232, 0);
static void pc_q35_machine_233_0_options(MachineClass *m)
{
    pc_q35_machine_234_0_options(m);
}
DEFINE_Q35_MACHINE(233, 0);
static void pc_q35_machine_234_0_options(MachineClass *m)
{
    pc_q35_machine_235_0_options(m);
}
DEFINE_Q35_MACHINE(234, 0);
static void pc_q35_machine_235_0_options(MachineClass *m)
{
    pc_q35_machine_236_0_options(m);
}
DEFINE_Q35_MACHINE(235, 0);
static void pc_q35_machine_236_0_options(MachineClass *m)
{
    pc_q35_machine_237_0_options(m);
}
DEFINE_Q35_MACHINE(236, 0);
static void pc_q35_machine_237_0_options(MachineClass *m)
{
    pc_q35_machine_238_0_options(m);
}
DEFINE_Q35_MACHINE(237, 0);
static void pc_q35_machine_238_0_options(MachineClass *m)
{
    pc_q35_machine_239_0_options(m);
}
DEFINE_Q35_MACHINE(238, 0);
static void pc_q35_machine_239_0_options(MachineClass *m)
{
    pc_q35_machine_240_0_options(m);
}
DEFINE_Q35_MACHINE(239, 0);
static void pc_q35_machine_240_0_options(MachineClass *m)
{
    pc_q35_machine_241_0_options(m);
}
DEFINE_Q35_MACHINE(240, 0);
static void pc_q35_machine_241_0_options(MachineClass *m)
{
    pc_q35_machine_242_0_options(m);
}
DEFINE_Q35_MACHINE(241, 0);
static void pc_q35_machine_242_0_options(MachineClass *m)
{
    pc_q35_machine_243_0_options(m);
}
DEFINE_Q35_MACHINE(242, 0);
static void pc_q35_machine_243_0_options(MachineClass *m)
{
    pc_q35_machine_244_0_options(m);
}
DEFINE_Q35_MACHINE(243, 0);
static void pc_q35_machine_244_0_options(MachineClass *m)
{
    pc_q35_machine_245_0_options(m);
}
DEFINE_Q35_MACHINE(244, 0);
static void pc_q35_machine_245_0_options(MachineClass *m)
{
    pc_q35_machine_246_0_options(m);
}
DEFINE_Q35_MACHINE(245, 0);
static void pc_q35_machine_246_0_options(MachineClass *m)
{
    pc_q35_machine_247_0_options(m);
}
DEFINE_Q35_MACHINE(246, 0);
static void pc_q35_machine_247_0_options(MachineClass *m)
{
    pc_q35_machine_248_0_options(m);
}
DEFINE_Q35_MACHINE(247, 0);
static void pc_q35_machine_248_0_options(MachineClass *m)
{
    pc_q35_machine_249_0_options(m);
}
DEFINE_Q35_MACHINE(248, 0);
static void pc_q35_machine_249_0_options(MachineClass *m)
{
    pc_q35_machine_250_0_options(m);
}
DEFINE_Q35_MACHINE(249, 0);
static void pc_q35_machine_250_0_options(MachineClass *m)
{
    pc_q35_machine_251_0_options(m);
}
DEFINE_Q35_MACHINE(250, 0);
static void pc_q35_machine_251_0_options(MachineClass *m)
{
    pc_q35_machine_252_0_options(m);
}
DEFINE_Q35_MACHINE(251, 0);
static void pc_q35_machine_252_0_options(MachineClass *m)
{
    pc_q35_machine_253_0_options(m);
}
DEFINE_Q35_MACHINE(252, 0);
static void pc_q35_machine_253_0_options(MachineClass *m)
{
    pc_q35_machine_254_0_options(m);
}
DEFINE_Q35_MACHINE(253, 0);
static void pc_q35_machine_254_0_options(MachineClass *m)
{
    pc_q35_machine_255_0_options(m);
}
DEFINE_Q35_MACHINE(254, 0);
static void pc_q35_machine_255_0_options(MachineClass *m)
{
    pc_q35_machine_256_0_options(m);
}
DEFINE_Q35_MACHINE(255, 0);
static void pc_q35_machine_256_0_options(MachineClass *m)
{
    pc_q35_machine_257_0_options(m);
}
DEFINE_Q35_MACHINE(256, 0);
static void pc_q35_machine_257_0_options(MachineClass *m)
{
    pc_q35_machine_258_0_options(m);
}
DEFINE_Q35_MACHINE(257, 0);
static void pc_q35_machine_258_0_options(MachineClass *m)
{
    pc_q35_machine_259_0_options(m);
}
DEFINE_Q35_MACHINE(258, 0);
static void pc_q35_machine_259_0_options(MachineClass *m)
{
    pc_q35_machine_260_0_options(m);
}
DEFINE_Q35_MACHINE(259, 0);
static void pc_q35_machine_260_0_options(MachineClass *m)
{
    pc_q35_machine_261_0_options(m);
}
DEFINE_Q35_MACHINE(260, 0);
static void pc_q35_machine_261_0_options(MachineClass *m)
{
    pc_q35_machine_262_0_options(m);
}
DEFINE_Q35_MACHINE(261, 0);
static void pc_q35_machine_262_0_options(MachineClass *m)
{
    pc_q35_machine_263_0_options(m);
}
DEFINE_Q35_MACHINE(262, 0);
static void pc_q35_machine_263_0_options(MachineClass *m)
{
    pc_q35_machine_264_0_options(m);
}
DEFINE_Q35_MACHINE(263, 0);
static void pc_q35_machine_264_0_options(MachineClass *m)
{
    pc_q35_machine_265_0_options(m);
}
DEFINE_Q35_MACHINE(264, 0);
static void pc_q35_machine_265_0_options(MachineClass *m)
{
    pc_q35_machine_266_0_options(m);
}
DEFINE_Q35_MACHINE(265, 0);
static void pc_q35_machine_266_0_options(MachineClass *m)
{
    pc_q35_machine_267_0_options(m);
}
DEFINE_Q35_MACHINE(266, 0);
static void pc_q35_machine_267_0_options(MachineClass *m)
{
    pc_q35_machine_268_0_options(m);
}
DEFINE_Q35_MACHINE(267, 0);
static void pc_q35_machine_268_0_options(MachineClass *m)
{
    pc_q35_machine_269_0_options(m);
}
DEFINE_Q35_MACHINE(268, 0);
static void pc_q35_machine_269_0_options(MachineClass *m)
{
    pc_q35_machine_270_0_options(m);
}
DEFINE_Q35_MACHINE(269, 0);
static void pc_q35_machine_270_0_options(MachineClass *m)
{
    pc_q35_machine_271_0_options(m);
}
DEFINE_Q35_MACHINE(270, 0);
static void pc_q35_machine_271_0_options(MachineClass *m)
{
    pc_q35_machine_272_0_options(m);
}
DEFINE_Q35_MACHINE(271, 0);
static void pc_q35_machine_272_0_options(MachineClass *m)
{
    pc_q35_machine_273_0_options(m);
}
DEFINE_Q35_MACHINE(272, 0);
static void pc_q35_machine_273_0_options(MachineClass *m)
{
    pc_q35_machine_274_0_options(m);
}
DEFINE_Q35_MACHINE(273, 0);
static void pc_q35_machine_274_0_options(MachineClass *m)
{
    pc_q35_machine_275_0_options(m);
}
DEFINE_Q35_MACHINE(274, 0);
static void pc_q35_machine_275_0_options(MachineClass *m)
{
    pc_q35_machine_276_0_options(m);
}
DEFINE_Q35_MACHINE(275, 0);
static void pc_q35_machine_276_0_options(MachineClass *m)
{
    pc_q35_machine_277_0_options(m);
}
DEFINE_Q35_MACHINE(276, 0);
static void pc_q35_machine_277_0_options(MachineClass *m)
{
    pc_q35_machine_278_0_options(m);
}
DEFINE_Q35_MACHINE(277, 0);
static void pc_q35_machine_278_0_options(MachineClass *m)
{
    pc_q35_machine_279_0_options(m);
}
DEFINE_Q35_MACHINE(278, 0);
static void pc_q35_machine_279_0_options(MachineClass *m)
{
    pc_q35_machine_280_0_options(m);
}
DEFINE_Q35_MACHINE(279, 0);
static void pc_q35_machine_280_0_options(MachineClass *m)
{
    pc_q35_machine_281_0_options(m);
}
DEFINE_Q35_MACHINE(280, 0);
static void pc_q35_machine_281_0_options(MachineClass *m)
{
    pc_q35_machine_282_0_options(m);
}
DEFINE_Q35_MACHINE(281, 0);
static void pc_q35_machine_282_0_options(MachineClass *m)
{
    pc_q35_machine_283_0_options(m);
}
DEFINE_Q35_MACHINE(282, 0);
static void pc_q35_machine_283_0_options(MachineClass *m)
{
    pc_q35_machine_284_0_options(m);
}
DEFINE_Q35_MACHINE(283, 0);
static void pc_q35_machine_284_0_options(MachineClass *m)
{
    pc_q35_machine_285_0_options(m);
}
DEFINE_Q35_MACHINE(284, 0);
static void pc_q35_machine_285_0_options(MachineClass *m)
{
    pc_q35_machine_286_0_options(m);
}
DEFINE_Q35_MACHINE(285, 0);
static void pc_q35_machine_286_0_options(MachineClass *m)
{
    pc_q35_machine_287_0_options(m);
}
DEFINE_Q35_MACHINE(286, 0);
static void pc_q35_machine_287_0_options(MachineClass *m)
{
    pc_q35_machine_288_0_options(m);
}
DEFINE_Q35_MACHINE(287, 0);
static void pc_q35_machine_288_0_options(MachineClass *m)
{
    pc_q35_machine_289_0_options(m);
}
DEFINE_Q35_MACHINE(288, 0);
static void pc_q35_machine_289_0_options(MachineClass *m)
{
    pc_q35_machine_290_0_options(m);
}
DEFINE_Q35_MACHINE(289, 0);
static void pc_q35_machine_290_0_options(MachineClass *m)
{
    pc_q35_machine_291_0_options(m);
}
DEFINE_Q35_MACHINE(290, 0);
static void pc_q35_machine_291_0_options(MachineClass *m)
{
    pc_q35_machine_292_0_options(m);
}
DEFINE_Q35_MACHINE(291, 0);
static void pc_q35_machine_292_0_options(MachineClass *m)
{
    pc_q35_machine_293_0_options(m);
}
DEFINE_Q35_MACHINE(292, 0);
static void pc_q35_machine_293_0_options(MachineClass *m)
{
    pc_q35_machine_294_0_options(m);
}
DEFINE_Q35_MACHINE(293, 0);
static void pc_q35_machine_294_0_options(MachineClass *m)
{
    pc_q35_machine_295_0_options(m);
}
DEFINE_Q35_MACHINE(294, 0);
static void pc_q35_machine_295_0_options(MachineClass *m)
{
    pc_q35_machine_296_0_options(m);
}
DEFINE_Q35_MACHINE(295, 0);
static void pc_q35_machine_296_0_options(MachineClass *m)
{
    pc_q35_machine_297_0_options(m);
}
DEFINE_Q35_MACHINE(296, 0);
static void pc_q35_machine_297_0_options(MachineClass *m)
{
    pc_q35_machine_298_0_options(m);
}
DEFINE_Q35_MACHINE(297, 0);
static void pc_q35_machine_298_0_options(MachineClass *m)
{
    pc_q35_machine_299_0_options(m);
}
DEFINE_Q35_MACHINE(298, 0);
static void pc_q35_machine_299_0_options(MachineClass *m)
{
    pc_q35_machine_300_0_options(m);
}
DEFINE_Q35_MACHINE(299, 0);
static void pc_q35_machine_300_0_options(MachineClass *m)
{
    pc_q35_machine_301_0_options(m);
}
DEFINE_Q35_MACHINE(300, 0);
static void pc_q35_machine_301_0_options(MachineClass *m)
{
    pc_q35_machine_302_0_options(m);
}
DEFINE_Q35_MACHINE(301, 0);
static void pc_q35_machine_302_0_options(MachineClass *m)
{
    pc_q35_machine_303_0_options(m);
}
DEFINE_Q35_MACHINE(302, 0);
static void pc_q35_machine_303_0_options(MachineClass *m)
{
    pc_q35_machine_304_0_options(m);
}
DEFINE_Q35_MACHINE(303, 0);
static void pc_q35_machine_304_0_options(MachineClass *m)
{
    pc_q35_machine_305_0_options(m);
}
DEFINE_Q35_MACHINE(304, 0);
static void pc_q35_machine_305_0_options(MachineClass *m)
{
    pc_q35_machine_306_0_options(m);
}
DEFINE_Q35_MACHINE(305, 0);
static void pc_q35_machine_306_0_options(MachineClass *m)
{
    pc_q35_machine_307_0_options(m);
}
DEFINE_Q35_MACHINE(306, 0);
static void pc_q35_machine_307_0_options(MachineClass *m)
{
    pc_q35_machine_308_0_options(m);
}
DEFINE_Q35_MACHINE(307, 0);
static void pc_q35_machine_308_0_options(MachineClass *m)
{
    pc_q35_machine_309_0_options(m);
}
DEFINE_Q35_MACHINE(308, 0);
static void pc_q35_machine_309_0_options(MachineClass *m)
{
    pc_q35_machine_310_0_options(m);
}
DEFINE_Q35_MACHINE(309, 0);
static void pc_q35_machine_310_0_options(MachineClass *m)
{
    pc_q35_machine_311_0_options(m);
}
DEFINE_Q35_MACHINE(310, 0);
static void pc_q35_machine_311_0_options(MachineClass *m)
{
    pc_q35_machine_312_0_options(m);
}
DEFINE_Q35_MACHINE(311, 0);
static void pc_q35_machine_312_0_options(MachineClass *m)
{
    pc_q35_machine_313_0_options(m);
}
DEFINE_Q35_MACHINE(312, 0);
static void pc_q35_machine_313_0_options(MachineClass *m)
{
    pc_q35_machine_314_0_options(m);
}
DEFINE_Q35_MACHINE(313, 0);
static void pc_q35_machine_314_0_options(MachineClass *m)
{
    pc_q35_machine_315_0_options(m);
}
DEFINE_Q35_MACHINE(314, 0);
static void pc_q35_machine_315_0_options(MachineClass *m)
{
    pc_q35_machine_316_0_options(m);
}
DEFINE_Q35_MACHINE(315, 0);
static void pc_q35_machine_316_0_options(MachineClass *m)
{
    pc_q35_machine_317_0_options(m);
}
DEFINE_Q35_MACHINE(316, 0);
static void pc_q35_machine_317_0_options(MachineClass *m)
{
    pc_q35_machine_318_0_options(m);
}
DEFINE_Q35_MACHINE(317, 0);
static void pc_q35_machine_318_0_options(MachineClass *m)
{
    pc_q35_machine_319_0_options(m);
}
DEFINE_Q35_MACHINE(318, 0);
static void pc_q35_machine_319_0_options(MachineClass *m)
{
    pc_q35_machine_320_0_options(m);
}
DEFINE_Q35_MACHINE(319, 0);
static void pc_q35_machine_320_0_options(MachineClass *m)
{
    pc_q35_machine_321_0_options(m);
}
DEFINE_Q35_MACHINE(320, 0);
static void pc_q35_machine_321_0_options(MachineClass *m)
{
    pc_q35_machine_322_0_options(m);
}
DEFINE_Q35_MACHINE(321, 0);
static void pc_q35_machine_322_0_options(MachineClass *m)
{
    pc_q35_machine_323_0_options(m);
}
DEFINE_Q35_MACHINE(322, 0);
static void pc_q35_machine_323_0_options(MachineClass *m)
{
    pc_q35_machine_324_0_options(m);
}
DEFINE_Q35_MACHINE(323, 0);
static void pc_q35_machine_324_0_options(MachineClass *m)
{
    pc_q35_machine_325_0_options(m);
}
DEFINE_Q35_MACHINE(324, 0);
static void pc_q35_machine_325_0_options(MachineClass *m)
{
    pc_q35_machine_326_0_options(m);
}
DEFINE_Q35_MACHINE(325, 0);
static void pc_q35_machine_326_0_options(MachineClass *m)
{
    pc_q35_machine_327_0_options(m);
}
DEFINE_Q35_MACHINE(326, 0);
static void pc_q35_machine_327_0_options(MachineClass *m)
{
    pc_q35_machine_328_0_options(m);
}
DEFINE_Q35_MACHINE(327, 0);
static void pc_q35_machine_328_0_options(MachineClass *m)
{
    pc_q35_machine_329_0_options(m);
}
DEFINE_Q35_MACHINE(328, 0);
static void pc_q35_machine_329_0_options(MachineClass *m)
{
    pc_q35_machine_330_0_options(m);
}
DEFINE_Q35_MACHINE(329, 0);
static void pc_q35_machine_330_0_options(MachineClass *m)
{
    pc_q35_machine_331_0_options(m);
}
DEFINE_Q35_MACHINE(330, 0);
static void pc_q35_machine_331_0_options(MachineClass *m)
{
    pc_q35_machine_332_0_options(m);
}
DEFINE_Q35_MACHINE(331, 0);
static void pc_q35_machine_332_0_options(MachineClass *m)
{
    pc_q35_machine_333_0_options(m);
}
DEFINE_Q35_MACHINE(332, 0);
static void pc_q35_machine_333_0_options(MachineClass *m)
{
    pc_q35_machine_334_0_options(m);
}
DEFINE_Q35_MACHINE(333, 0);
static void pc_q35_machine_334_0_options(MachineClass *m)
{
    pc_q35_machine_335_0_options(m);
}
DEFINE_Q35_MACHINE(334, 0);
static void pc_q35_machine_335_0_options(MachineClass *m)
{
    pc_q35_machine_336_0_options(m);
}
DEFINE_Q35_MACHINE(335, 0);
static void pc_q35_machine_336_0_options(MachineClass *m)
{
    pc_q35_machine_337_0_options(m);
}
DEFINE_Q35_MACHINE(336, 0);
static void pc_q35_machine_337_0_options(MachineClass *m)
{
    pc_q35_machine_338_0_options(m);
}
DEFINE_Q35_MACHINE(337, 0);
static void pc_q35_machine_338_0_options(MachineClass *m)
{
    pc_q35_machine_339_0_options(m);
}
DEFINE_Q35_MACHINE(338, 0);
static void pc_q35_machine_339_0_options(MachineClass *m)
{
    pc_q35_machine_340_0_options(m);
}
DEFINE_Q35_MACHINE(339, 0);
static void pc_q35_machine_340_0_options(MachineClass *m)
{
    pc_q35_machine_341_0_options(m);
}
DEFINE_Q35_MACHINE(340, 0);
static void pc_q35_machine_341_0_options(MachineClass *m)
{
    pc_q35_machine_342_0_options(m);
}
DEFINE_Q35_MACHINE(341, 0);
static void pc_q35_machine_342_0_options(MachineClass *m)
{
    pc_q35_machine_343_0_options(m);
}
DEFINE_Q35_MACHINE(342, 0);
static void pc_q35_machine_343_0_options(MachineClass *m)
{
    pc_q35_machine_344_0_options(m);
}
DEFINE_Q35_MACHINE(343, 0);
static void pc_q35_machine_344_0_options(MachineClass *m)
{
    pc_q35_machine_345_0_options(m);
}
DEFINE_Q35_MACHINE(344, 0);
static void pc_q35_machine_345_0_options(MachineClass *m)
{
    pc_q35_machine_346_0_options(m);
}
DEFINE_Q35_MACHINE(345, 0);
static void pc_q35_machine_346_0_options(MachineClass *m)
{
    pc_q35_machine_347_0_options(m);
}
DEFINE_Q35_MACHINE(346, 0);
static void pc_q35_machine_347_0_options(MachineClass *m)
{
    pc_q35_machine_348_0_options(m);
}
DEFINE_Q35_MACHINE(347, 0);
static void pc_q35_machine_348_0_options(MachineClass *m)
{
    pc_q35_machine_349_0_options(m);
}
DEFINE_Q35_MACHINE(348, 0);
static void pc_q35_machine_349_0_options(MachineClass *m)
{
    pc_q35_machine_350_0_options(m);
}
DEFINE_Q35_MACHINE(349, 0);
static void pc_q35_machine_350_0_options(MachineClass *m)
{
    pc_q35_machine_351_0_options(m);
}
DEFINE_Q35_MACHINE(350, 0);
static void pc_q35_machine_351_0_options(MachineClass *m)
{
    pc_q35_machine_352_0_options(m);
}
DEFINE_Q35_MACHINE(351, 0);
static void pc_q35_machine_352_0_options(MachineClass *m)
{
    pc_q35_machine_353_0_options(m);
}
DEFINE_Q35_MACHINE(352, 0);
static void pc_q35_machine_353_0_options(MachineClass *m)
{
    pc_q35_machine_354_0_options(m);
}
DEFINE_Q35_MACHINE(353, 0);
static void pc_q35_machine_354_0_options(MachineClass *m)
{
    pc_q35_machine_355_0_options(m);
}
DEFINE_Q35_MACHINE(354, 0);
static void pc_q35_machine_355_0_options(MachineClass *m)
{
    pc_q35_machine_356_0_options(m);
}
DEFINE_Q35_MACHINE(355, 0);
static void pc_q35_machine_356_0_options(MachineClass *m)
{
    pc_q35_machine_357_0_options(m);
}
DEFINE_Q35_MACHINE(356, 0);
static void pc_q35_machine_357_0_options(MachineClass *m)
{
    pc_q35_machine_358_0_options(m);
}
DEFINE_Q35_MACHINE(357, 0);
static void pc_q35_machine_358_0_options(MachineClass *m)
{
    pc_q35_machine_359_0_options(m);
}
DEFINE_Q35_MACHINE(358, 0);
static void pc_q35_machine_359_0_options(MachineClass *m)
{
    pc_q35_machine_360_0_options(m);
}
DEFINE_Q35_MACHINE(359, 0);
static void pc_q35_machine_360_0_options(MachineClass *m)
{
    pc_q35_machine_361_0_options(m);
}
DEFINE_Q35_MACHINE(360, 0);
static void pc_q35_machine_361_0_options(MachineClass *m)
{
    pc_q35_machine_362_0_options(m);
}
DEFINE_Q35_MACHINE(361, 0);
static void pc_q35_machine_362_0_options(MachineClass *m)
{
    pc_q35_machine_363_0_options(m);
}
DEFINE_Q35_MACHINE(362, 0);
static void pc_q35_machine_363_0_options(MachineClass *m)
{
    pc_q35_machine_364_0_options(m);
}
DEFINE_Q35_MACHINE(363, 0);
static void pc_q35_machine_364_0_options(MachineClass *m)
{
    pc_q35_machine_365_0_options(m);
}
DEFINE_Q35_MACHINE(364, 0);
static void pc_q35_machine_365_0_options(MachineClass *m)
{
    pc_q35_machine_366_0_options(m);
}
DEFINE_Q35_MACHINE(365, 0);
static void pc_q35_machine_366_0_options(MachineClass *m)
{
    pc_q35_machine_367_0_options(m);
}
DEFINE_Q35_MACHINE(366, 0);
static void pc_q35_machine_367_0_options(MachineClass *m)
{
    pc_q35_machine_368_0_options(m);
}
DEFINE_Q35_MACHINE(367, 0);
static void pc_q35_machine_368_0_options(MachineClass *m)
{
    pc_q35_machine_369_0_options(m);
}
DEFINE_Q35_MACHINE(368, 0);
static void pc_q35_machine_369_0_options(MachineClass *m)
{
    pc_q35_machine_370_0_options(m);
}
DEFINE_Q35_MACHINE(369, 0);
static void pc_q35_machine_370_0_options(MachineClass *m)
{
    pc_q35_machine_371_0_options(m);
}
DEFINE_Q35_MACHINE(370, 0);
static void pc_q35_machine_371_0_options(MachineClass *m)
{
    pc_q35_machine_372_0_options(m);
}
DEFINE_Q35_MACHINE(371, 0);
static void pc_q35_machine_372_0_options(MachineClass *m)
{
    pc_q35_machine_373_0_options(m);
}
DEFINE_Q35_MACHINE(372, 0);
static void pc_q35_machine_373_0_options(MachineClass *m)
{
    pc_q35_machine_374_0_options(m);
}
DEFINE_Q35_MACHINE(373, 0);
static void pc_q35_machine_374_0_options(MachineClass *m)
{
    pc_q35_machine_375_0_options(m);
}
DEFINE_Q35_MACHINE(374, 0);
static void pc_q35_machine_375_0_options(MachineClass *m)
{
    pc_q35_machine_376_0_options(m);
}
DEFINE_Q35_MACHINE(375, 0);
static void pc_q35_machine_376_0_options(MachineClass *m)
{
    pc_q35_machine_377_0_options(m);
}
DEFINE_Q35_MACHINE(376, 0);
static void pc_q35_machine_377_0_options(MachineClass *m)
{
    pc_q35_machine_378_0_options(m);
}
DEFINE_Q35_MACHINE(377, 0);
static void pc_q35_machine_378_0_options(MachineClass *m)
{
    pc_q35_machine_379_0_options(m);
}
DEFINE_Q35_MACHINE(378, 0);
static void pc_q35_machine_379_0_options(MachineClass *m)
{
    pc_q35_machine_380_0_options(m);
}
DEFINE_Q35_MACHINE(379, 0);
static void pc_q35_machine_380_0_options(MachineClass *m)
{
    pc_q35_machine_381_0_options(m);
}
DEFINE_Q35_MACHINE(380, 0);
static void pc_q35_machine_381_0_options(MachineClass *m)
{
    pc_q35_machine_382_0_options(m);
}
DEFINE_Q35_MACHINE(381, 0);
static void pc_q35_machine_382_0_options(MachineClass *m)
{
    pc_q35_machine_383_0_options(m);
}
DEFINE_Q35_MACHINE(382, 0);
static void pc_q35_machine_383_0_options(MachineClass *m)
{
    pc_q35_machine_384_0_options(m);
}
DEFINE_Q35_MACHINE(383, 0);
static void pc_q35_machine_384_0_options(MachineClass *m)
{
    pc_q35_machine_385_0_options(m);
}
DEFINE_Q35_MACHINE(384, 0);
static void pc_q35_machine_385_0_options(MachineClass *m)
{
    pc_q35_machine_386_0_options(m);
}
DEFINE_Q35_MACHINE(385, 0);
static void pc_q35_machine_386_0_options(MachineClass *m)
{
    pc_q35_machine_387_0_options(m);
}
DEFINE_Q35_MACHINE(386, 0);
static void pc_q35_machine_387_0_options(MachineClass *m)
{
    pc_q35_machine_388_0_options(m);
}
DEFINE_Q35_MACHINE(387, 0);
static void pc_q35_machine_388_0_options(MachineClass *m)
{
    pc_q35_machine_389_0_options(m);
}
DEFINE_Q35_MACHINE(388, 0);
static void pc_q35_machine_389_0_options(MachineClass *m)
{
    pc_q35_machine_390_0_options(m);
}
DEFINE_Q35_MACHINE(389, 0);
static void pc_q35_machine_390_0_options(MachineClass *m)
{
    pc_q35_machine_391_0_options(m);
}
DEFINE_Q35_MACHINE(390, 0);
static void pc_q35_machine_391_0_options(MachineClass *m)
{
    pc_q35_machine_392_0_options(m);
}
DEFINE_Q35_MACHINE(391, 0);
static void pc_q35_machine_392_0_options(MachineClass *m)
{
    pc_q35_machine_393_0_options(m);
}
DEFINE_Q35_MACHINE(392, 0);
static void pc_q35_machine_393_0_options(MachineClass *m)
{
    pc_q35_machine_394_0_options(m);
}
DEFINE_Q35_MACHINE(393, 0);
static void pc_q35_machine_394_0_options(MachineClass *m)
{
    pc_q35_machine_395_0_options(m);
}
DEFINE_Q35_MACHINE(394, 0);
static void pc_q35_machine_395_0_options(MachineClass *m)
{
    pc_q35_machine_396_0_options(m);
}
DEFINE_Q35_MACHINE(395, 0);
static void pc_q35_machine_396_0_options(MachineClass *m)
{
    pc_q35_machine_397_0_options(m);
}
DEFINE_Q35_MACHINE(396, 0);
static void pc_q35_machine_397_0_options(MachineClass *m)
{
    pc_q35_machine_398_0_options(m);
}
DEFINE_Q35_MACHINE(397, 0);
static void pc_q35_machine_398_0_options(MachineClass *m)
{
    pc_q35_machine_399_0_options(m);
}
DEFINE_Q35_MACHINE(398, 0);
static void pc_q35_machine_399_0_options(MachineClass *m)
{
    pc_q35_machine_400_0_options(m);
}
DEFINE_Q35_MACHINE(399, 0);
static void pc_q35_machine_400_0_options(MachineClass *m)
{
    pc_q35_machine_401_0_options(m);
}
DEFINE_Q35_MACHINE(400, 0);
static void pc_q35_machine_401_0_options(MachineClass *m)
{
    pc_q35_machine_402_0_options(m);
}
DEFINE_Q35_MACHINE(401, 0);
static void pc_q35_machine_402_0_options(MachineClass *m)
{
    pc_q35_machine_403_0_options(m);
}
DEFINE_Q35_MACHINE(402, 0);
static void pc_q35_machine_403_0_options(MachineClass *m)
{
    pc_q35_machine_404_0_options(m);
}
DEFINE_Q35_MACHINE(403, 0);
static void pc_q35_machine_404_0_options(MachineClass *m)
{
    pc_q35_machine_405_0_options(m);
}
DEFINE_Q35_MACHINE(404, 0);
static void pc_q35_machine_405_0_options(MachineClass *m)
{
    pc_q35_machine_406_0_options(m);
}
DEFINE_Q35_MACHINE(405, 0);
static void pc_q35_machine_406_0_options(MachineClass *m)
{
    pc_q35_machine_407_0_options(m);
}
DEFINE_Q35_MACHINE(406, 0);
static void pc_q35_machine_407_0_options(MachineClass *m)
{
    pc_q35_machine_408_0_options(m);
}
DEFINE_Q35_MACHINE(407, 0);
static void pc_q35_machine_408_0_options(MachineClass *m)
{
    pc_q35_machine_409_0_options(m);
}
DEFINE_Q35_MACHINE(408, 0);
static void pc_q35_machine_409_0_options(MachineClass *m)
{
    pc_q35_machine_410_0_options(m);
}
DEFINE_Q35_MACHINE(409, 0);
static void pc_q35_machine_410_0_options(MachineClass *m)
{
    pc_q35_machine_411_0_options(m);
}
DEFINE_Q35_MACHINE(410, 0);
static void pc_q35_machine_411_0_options(MachineClass *m)
{
    pc_q35_machine_412_0_options(m);
}
DEFINE_Q35_MACHINE(411, 0);
static void pc_q35_machine_412_0_options(MachineClass *m)
{
    pc_q35_machine_413_0_options(m);
}
DEFINE_Q35_MACHINE(412, 0);
static void pc_q35_machine_413_0_options(MachineClass *m)
{
    pc_q35_machine_414_0_options(m);
}
DEFINE_Q35_MACHINE(413, 0);
static void pc_q35_machine_414_0_options(MachineClass *m)
{
    pc_q35_machine_415_0_options(m);
}
DEFINE_Q35_MACHINE(414, 0);
static void pc_q35_machine_415_0_options(MachineClass *m)
{
    pc_q35_machine_416_0_options(m);
}
DEFINE_Q35_MACHINE(415, 0);
static void pc_q35_machine_416_0_options(MachineClass *m)
{
    pc_q35_machine_417_0_options(m);
}
DEFINE_Q35_MACHINE(416, 0);
static void pc_q35_machine_417_0_options(MachineClass *m)
{
    pc_q35_machine_418_0_options(m);
}
DEFINE_Q35_MACHINE(417, 0);
static void pc_q35_machine_418_0_options(MachineClass *m)
{
    pc_q35_machine_419_0_options(m);
}
DEFINE_Q35_MACHINE(418, 0);
static void pc_q35_machine_419_0_options(MachineClass *m)
{
    pc_q35_machine_420_0_options(m);
}
DEFINE_Q35_MACHINE(419, 0);
static void pc_q35_machine_420_0_options(MachineClass *m)
{
    pc_q35_machine_421_0_options(m);
}
DEFINE_Q35_MACHINE(420, 0);
static void pc_q35_machine_421_0_options(MachineClass *m)
{
    pc_q35_machine_422_0_options(m);
}
DEFINE_Q35_MACHINE(421, 0);
static void pc_q35_machine_422_0_options(MachineClass *m)
{
    pc_q35_machine_423_0_options(m);
}
DEFINE_Q35_MACHINE(422, 0);
static void pc_q35_machine_423_0_options(MachineClass *m)
{
    pc_q35_machine_424_0_options(m);
}
DEFINE_Q35_MACHINE(423, 0);
static void pc_q35_machine_424_0_options(MachineClass *m)
{
    pc_q35_machine_425_0_options(m);
}
DEFINE_Q35_MACHINE(424, 0);
static void pc_q35_machine_425_0_options(MachineClass *m)
{
    pc_q35_machine_426_0_options(m);
}
DEFINE_Q35_MACHINE(425, 0);
static void pc_q35_machine_426_0_options(MachineClass *m)
{
    pc_q35_machine_427_0_options(m);
}
DEFINE_Q35_MACHINE(426, 0);
static void pc_q35_machine_427_0_options(MachineClass *m)
{
    pc_q35_machine_428_0_options(m);
}
DEFINE_Q35_MACHINE(427, 0);
static void pc_q35_machine_428_0_options(MachineClass *m)
{
    pc_q35_machine_429_0_options(m);
}
DEFINE_Q35_MACHINE(428, 0);
static void pc_q35_machine_429_0_options(MachineClass *m)
{
    pc_q35_machine_430_0_options(m);
}
DEFINE_Q35_MACHINE(429, 0);
static void pc_q35_machine_430_0_options(MachineClass *m)
{
    pc_q35_machine_431_0_options(m);
}
DEFINE_Q35_MACHINE(430, 0);
static void pc_q35_machine_431_0_options(MachineClass *m)
{
    pc_q35_machine_432_0_options(m);
}
DEFINE_Q35_MACHINE(431, 0);
static void pc_q35_machine_432_0_options(MachineClass *m)
{
    pc_q35_machine_433_0_options(m);
}
DEFINE_Q35_MACHINE(432, 0);
static void pc_q35_machine_433_0_options(MachineClass *m)
{
    pc_q35_machine_434_0_options(m);
}
DEFINE_Q35_MACHINE(433, 0);
static void pc_q35_machine_434_0_options(MachineClass *m)
{
    pc_q35_machine_435_0_options(m);
}
DEFINE_Q35_MACHINE(434, 0);
static void pc_q35_machine_435_0_options(MachineClass *m)
{
    pc_q35_machine_436_0_options(m);
}
DEFINE_Q35_MACHINE(435, 0);
static void pc_q35_machine_436_0_options(MachineClass *m)
{
    pc_q35_machine_437_0_options(m);
}
DEFINE_Q35_MACHINE(436, 0);
static void pc_q35_machine_437_0_options(MachineClass *m)
{
    pc_q35_machine_438_0_options(m);
}
DEFINE_Q35_MACHINE(437, 0);
static void pc_q35_machine_438_0_options(MachineClass *m)
{
    pc_q35_machine_439_0_options(m);
}
DEFINE_Q35_MACHINE(438, 0);
static void pc_q35_machine_439_0_options(MachineClass *m)
{
    pc_q35_machine_440_0_options(m);
}
DEFINE_Q35_MACHINE(439, 0);
static void pc_q35_machine_440_0_options(MachineClass *m)
{
    pc_q35_machine_441_0_options(m);
}
DEFINE_Q35_MACHINE(440, 0);
static void pc_q35_machine_441_0_options(MachineClass *m)
{
    pc_q35_machine_442_0_options(m);
}
DEFINE_Q35_MACHINE(441, 0);
static void pc_q35_machine_442_0_options(MachineClass *m)
{
    pc_q35_machine_443_0_options(m);
}
DEFINE_Q35_MACHINE(442, 0);
static void pc_q35_machine_443_0_options(MachineClass *m)
{
    pc_q35_machine_444_0_options(m);
}
DEFINE_Q35_MACHINE(443, 0);
static void pc_q35_machine_444_0_options(MachineClass *m)
{
    pc_q35_machine_445_0_options(m);
}
DEFINE_Q35_MACHINE(444, 0);
static void pc_q35_machine_445_0_options(MachineClass *m)
{
    pc_q35_machine_446_0_options(m);
}
DEFINE_Q35_MACHINE(445, 0);
static void pc_q35_machine_446_0_options(MachineClass *m)
{
    pc_q35_machine_447_0_options(m);
}
DEFINE_Q35_MACHINE(446, 0);
static void pc_q35_machine_447_0_options(MachineClass *m)
{
    pc_q35_machine_448_0_options(m);
}
DEFINE_Q35_MACHINE(447, 0);
static void pc_q35_machine_448_0_options(MachineClass *m)
{
    pc_q35_machine_449_0_options(m);
}
DEFINE_Q35_MACHINE(448, 0);
static void pc_q35_machine_449_0_options(MachineClass *m)
{
    pc_q35_machine_450_0_options(m);
}
DEFINE_Q35_MACHINE(449, 0);
static void pc_q35_machine_450_0_options(MachineClass *m)
{
    pc_q35_machine_451_0_options(m);
}
DEFINE_Q35_MACHINE(450, 0);
static void pc_q35_machine_451_0_options(MachineClass *m)
{
    pc_q35_machine_452_0_options(m);
}
DEFINE_Q35_MACHINE(451, 0);
static void pc_q35_machine_452_0_options(MachineClass *m)
{
    pc_q35_machine_453_0_options(m);
}
DEFINE_Q35_MACHINE(452, 0);
static void pc_q35_machine_453_0_options(MachineClass *m)
{
    pc_q35_machine_454_0_options(m);
}
DEFINE_Q35_MACHINE(453, 0);
static void pc_q35_machine_454_0_options(MachineClass *m)
{
    pc_q35_machine_455_0_options(m);
}
DEFINE_Q35_MACHINE(454, 0);
static void pc_q35_machine_455_0_options(MachineClass *m)
{
    pc_q35_machine_456_0_options(m);
}
DEFINE_Q35_MACHINE(455, 0);
static void pc_q35_machine_456_0_options(MachineClass *m)
{
    pc_q35_machine_457_0_options(m);
}
DEFINE_Q35_MACHINE(456, 0);
static void pc_q35_machine_457_0_options(MachineClass *m)
{
    pc_q35_machine_458_0_options(m);
}
DEFINE_Q35_MACHINE(457, 0);
static void pc_q35_machine_458_0_options(MachineClass *m)
{
    pc_q35_machine_459_0_options(m);
}
DEFINE_Q35_MACHINE(458, 0);
static void pc_q35_machine_459_0_options(MachineClass *m)
{
    pc_q35_machine_460_0_options(m);
}
DEFINE_Q35_MACHINE(459, 0);
static void pc_q35_machine_460_0_options(MachineClass *m)
{
    pc_q35_machine_461_0_options(m);
}
DEFINE_Q35_MACHINE(460, 0);
static void pc_q35_machine_461_0_options(MachineClass *m)
{
    pc_q35_machine_462_0_options(m);
}
DEFINE_Q35_MACHINE(461, 0);
static void pc_q35_machine_462_0_options(MachineClass *m)
{
    pc_q35_machine_463_0_options(m);
}
DEFINE_Q35_MACHINE(462, 0);
static void pc_q35_machine_463_0_options(MachineClass *m)
{
    pc_q35_machine_464_0_options(m);
}
DEFINE_Q35_MACHINE(463, 0);
static void pc_q35_machine_464_0_options(MachineClass *m)
{
    pc_q35_machine_465_0_options(m);
}
DEFINE_Q35_MACHINE(464, 0);
static void pc_q35_machine_465_0_options(MachineClass *m)
{
    pc_q35_machine_466_0_options(m);
}
DEFINE_Q35_MACHINE(465, 0);
static void pc_q35_machine_466_0_options(MachineClass *m)
{
    pc_q35_machine_467_0_options(m);
}
DEFINE_Q35_MACHINE(466, 0);
static void pc_q35_machine_467_0_options(MachineClass *m)
{
    pc_q35_machine_468_0_options(m);
}
DEFINE_Q35_MACHINE(467, 0);
static void pc_q35_machine_468_0_options(MachineClass *m)
{
    pc_q35_machine_469_0_options(m);
}
DEFINE_Q35_MACHINE(468, 0);
static void pc_q35_machine_469_0_options(MachineClass *m)
{
    pc_q35_machine_470_0_options(m);
}
DEFINE_Q35_MACHINE(469, 0);
static void pc_q35_machine_470_0_options(MachineClass *m)
{
    pc_q35_machine_471_0_options(m);
}
DEFINE_Q35_MACHINE(470, 0);
static void pc_q35_machine_471_0_options(MachineClass *m)
{
    pc_q35_machine_472_0_options(m);
}
DEFINE_Q35_MACHINE(471, 0);
static void pc_q35_machine_472_0_options(MachineClass *m)
{
    pc_q35_machine_473_0_options(m);
}
DEFINE_Q35_MACHINE(472, 0);
static void pc_q35_machine_473_0_options(MachineClass *m)
{
    pc_q35_machine_474_0_options(m);
}
DEFINE_Q35_MACHINE(473, 0);
static void pc_q35_machine_474_0_options(MachineClass *m)
{
    pc_q35_machine_475_0_options(m);
}
DEFINE_Q35_MACHINE(474, 0);
static void pc_q35_machine_475_0_options(MachineClass *m)
{
    pc_q35_machine_476_0_options(m);
}
DEFINE_Q35_MACHINE(475, 0);
static void pc_q35_machine_476_0_options(MachineClass *m)
{
    pc_q35_machine_477_0_options(m);
}
DEFINE_Q35_MACHINE(476, 0);
static void pc_q35_machine_477_0_options(MachineClass *m)
{
    pc_q35_machine_478_0_options(m);
}
DEFINE_Q35_MACHINE(477, 0);
static void pc_q35_machine_478_0_options(MachineClass *m)
{
    pc_q35_machine_479_0_options(m);
}
DEFINE_Q35_MACHINE(478, 0);
static void pc_q35_machine_479_0_options(MachineClass *m)
{
    pc_q35_machine_480_0_options(m);
}
DEFINE_Q35_MACHINE(479, 0);
static void pc_q35_machine_480_0_options(MachineClass *m)
{
    pc_q35_machine_481_0_options(m);
}
DEFINE_Q35_MACHINE(480, 0);
static void pc_q35_machine_481_0_options(MachineClass *m)
{
    pc_q35_machine_482_0_options(m);
}
DEFINE_Q35_MACHINE(481, 0);
static void pc_q35_machine_482_0_options(MachineClass *m)
{
    pc_q35_machine_483_0_options(m);
}
DEFINE_Q35_MACHINE(482, 0);
static void pc_q35_machine_483_0_options(MachineClass *m)
{
    pc_q35_machine_484_0_options(m);
}
DEFINE_Q35_MACHINE(483, 0);
static void pc_q35_machine_484_0_options(MachineClass *m)
{
    pc_q35_machine_485_0_options(m);
}
DEFINE_Q35_MACHINE(484, 0);
static void pc_q35_machine_485_0_options(MachineClass *m)
{
    pc_q35_machine_486_0_options(m);
}
DEFINE_Q35_MACHINE(485, 0);
static void pc_q35_machine_486_0_options(MachineClass *m)
{
    pc_q35_machine_487_0_options(m);
}
DEFINE_Q35_MACHINE(486, 0);
static void pc_q35_machine_487_0_options(MachineClass *m)
{
    pc_q35_machine_488_0_options(m);
}
DEFINE_Q35_MACHINE(487, 0);
static void pc_q35_machine_488_0_options(MachineClass *m)
{
    pc_q35_machine_489_0_options(m);
}
DEFINE_Q35_MACHINE(488, 0);
static void pc_q35_machine_489_0_options(MachineClass *m)
{
    pc_q35_machine_490_0_options(m);
}
DEFINE_Q35_MACHINE(489, 0);
static void pc_q35_machine_490_0_options(MachineClass *m)
{
    pc_q35_machine_491_0_options(m);
}
DEFINE_Q35_MACHINE(490, 0);
static void pc_q35_machine_491_0_options(MachineClass *m)
{
    pc_q35_machine_492_0_options(m);
}
DEFINE_Q35_MACHINE(491, 0);
static void pc_q35_machine_492_0_options(MachineClass *m)
{
    pc_q35_machine_493_0_options(m);
}
DEFINE_Q35_MACHINE(492, 0);
static void pc_q35_machine_493_0_options(MachineClass *m)
{
    pc_q35_machine_494_0_options(m);
}
DEFINE_Q35_MACHINE(493, 0);
static void pc_q35_machine_494_0_options(MachineClass *m)
{
    pc_q35_machine_495_0_options(m);
}
DEFINE_Q35_MACHINE(494, 0);
static void pc_q35_machine_495_0_options(MachineClass *m)
{
    pc_q35_machine_496_0_options(m);
}
DEFINE_Q35_MACHINE(495, 0);
static void pc_q35_machine_496_0_options(MachineClass *m)
{
    pc_q35_machine_497_0_options(m);
}
DEFINE_Q35_MACHINE(496, 0);
static void pc_q35_machine_497_0_options(MachineClass *m)
{
    pc_q35_machine_498_0_options(m);
}
DEFINE_Q35_MACHINE(497, 0);
static void pc_q35_machine_498_0_options(MachineClass *m)
{
    pc_q35_machine_499_0_options(m);
}
DEFINE_Q35_MACHINE(498, 0);
static void pc_q35_machine_499_0_options(MachineClass *m)
{
    pc_q35_machine_500_0_options(m);
}
DEFINE_Q35_MACHINE(499, 0);
static void pc_q35_machine_500_0_options(MachineClass *m)
{
    pc_q35_machine_501_0_options(m);
}
DEFINE_Q35_MACHINE(500, 0);
static void pc_q35_machine_501_0_options(MachineClass *m)
{
    pc_q35_machine_502_0_options(m);
}
DEFINE_Q35_MACHINE(501, 0);
static void pc_q35_machine_502_0_options(MachineClass *m)
{
    pc_q35_machine_503_0_options(m);
}
DEFINE_Q35_MACHINE(502, 0);
static void pc_q35_machine_503_0_options(MachineClass *m)
{
    pc_q35_machine_504_0_options(m);
}
DEFINE_Q35_MACHINE(503, 0);
static void pc_q35_machine_504_0_options(MachineClass *m)
{
    pc_q35_machine_505_0_options(m);
}
DEFINE_Q35_MACHINE(504, 0);
static void pc_q35_machine_505_0_options(MachineClass *m)
{
    pc_q35_machine_506_0_options(m);
}
DEFINE_Q35_MACHINE(505, 0);
static void pc_q35_machine_506_0_options(MachineClass *m)
{
    pc_q35_machine_507_0_options(m);
}
DEFINE_Q35_MACHINE(506, 0);
static void pc_q35_machine_507_0_options(MachineClass *m)
{
    pc_q35_machine_508_0_options(m);
}
DEFINE_Q35_MACHINE(507, 0);
static void pc_q35_machine_508_0_options(MachineClass *m)
{
    pc_q35_machine_509_0_options(m);
}
DEFINE_Q35_MACHINE(508, 0);
static void pc_q35_machine_509_0_options(MachineClass *m)
{
    pc_q35_machine_510_0_options(m);
}
DEFINE_Q35_MACHINE(509, 0);
static void pc_q35_machine_510_0_options(MachineClass *m)
{
    pc_q35_machine_511_0_options(m);
}
DEFINE_Q35_MACHINE(510, 0);
static void pc_q35_machine_511_0_options(MachineClass *m)
{
    pc_q35_machine_512_0_options(m);
}
DEFINE_Q35_MACHINE(511, 0);
static void pc_q35_machine_512_0_options(MachineClass *m)
{
    pc_q35_machine_513_0_options(m);
}
DEFINE_Q35_MACHINE(512, 0);
static void pc_q35_machine_513_0_options(MachineClass *m)
{
    pc_q35_machine_514_0_options(m);
}
DEFINE_Q35_MACHINE(513, 0);
static void pc_q35_machine_514_0_options(MachineClass *m)
{
    pc_q35_machine_515_0_options(m);
}
DEFINE_Q35_MACHINE(514, 0);
static void pc_q35_machine_515_0_options(MachineClass *m)
{
    pc_q35_machine_516_0_options(m);
}
DEFINE_Q35_MACHINE(515, 0);
static void pc_q35_machine_516_0_options(MachineClass *m)
{
    pc_q35_machine_517_0_options(m);
}
DEFINE_Q35_MACHINE(516, 0);
static void pc_q35_machine_517_0_options(MachineClass *m)
{
    pc_q35_machine_518_0_options(m);
}
DEFINE_Q35_MACHINE(517, 0);
static void pc_q35_machine_518_0_options(MachineClass *m)
{
    pc_q35_machine_519_0_options(m);
}
DEFINE_Q35_MACHINE(518, 0);
static void pc_q35_machine_519_0_options(MachineClass *m)
{
    pc_q35_machine_520_0_options(m);
}
DEFINE_Q35_MACHINE(519, 0);
static void pc_q35_machine_520_0_options(MachineClass *m)
{
    pc_q35_machine_521_0_options(m);
}
DEFINE_Q35_MACHINE(520, 0);
static void pc_q35_machine_521_0_options(MachineClass *m)
{
    pc_q35_machine_522_0_options(m);
}
DEFINE_Q35_MACHINE(521, 0);
static void pc_q35_machine_522_0_options(MachineClass *m)
{
    pc_q35_machine_523_0_options(m);
}
DEFINE_Q35_MACHINE(522, 0);
static void pc_q35_machine_523_0_options(MachineClass *m)
{
    pc_q35_machine_524_0_options(m);
}
DEFINE_Q35_MACHINE(523, 0);
static void pc_q35_machine_524_0_options(MachineClass *m)
{
    pc_q35_machine_525_0_options(m);
}
DEFINE_Q35_MACHINE(524, 0);
static void pc_q35_machine_525_0_options(MachineClass *m)
{
    pc_q35_machine_526_0_options(m);
}
DEFINE_Q35_MACHINE(525, 0);
static void pc_q35_machine_526_0_options(MachineClass *m)
{
    pc_q35_machine_527_0_options(m);
}
DEFINE_Q35_MACHINE(526, 0);
static void pc_q35_machine_527_0_options(MachineClass *m)
{
    pc_q35_machine_528_0_options(m);
}
DEFINE_Q35_MACHINE(527, 0);
static void pc_q35_machine_528_0_options(MachineClass *m)
{
    pc_q35_machine_529_0_options(m);
}
DEFINE_Q35_MACHINE(528, 0);
static void pc_q35_machine_529_0_options(MachineClass *m)
{
    pc_q35_machine_530_0_options(m);
}
DEFINE_Q35_MACHINE(529, 0);
static void pc_q35_machine_530_0_options(MachineClass *m)
{
    pc_q35_machine_531_0_options(m);
}
DEFINE_Q35_MACHINE(530, 0);
static void pc_q35_machine_531_0_options(MachineClass *m)
{
    pc_q35_machine_532_0_options(m);
}
DEFINE_Q35_MACHINE(531, 0);
static void pc_q35_machine_532_0_options(MachineClass *m)
{
    pc_q35_machine_533_0_options(m);
}
DEFINE_Q35_MACHINE(532, 0);
static void pc_q35_machine_533_0_options(MachineClass *m)
{
    pc_q35_machine_534_0_options(m);
}
DEFINE_Q35_MACHINE(533, 0);
static void pc_q35_machine_534_0_options(MachineClass *m)
{
    pc_q35_machine_535_0_options(m);
}
DEFINE_Q35_MACHINE(534, 0);
static void pc_q35_machine_535_0_options(MachineClass *m)
{
    pc_q35_machine_536_0_options(m);
}
DEFINE_Q35_MACHINE(535, 0);
static void pc_q35_machine_536_0_options(MachineClass *m)
{
    pc_q35_machine_537_0_options(m);
}
DEFINE_Q35_MACHINE(536, 0);
static void pc_q35_machine_537_0_options(MachineClass *m)
{
    pc_q35_machine_538_0_options(m);
}
DEFINE_Q35_MACHINE(537, 0);
static void pc_q35_machine_538_0_options(MachineClass *m)
{
    pc_q35_machine_539_0_options(m);
}
DEFINE_Q35_MACHINE(538, 0);
static void pc_q35_machine_539_0_options(MachineClass *m)
{
    pc_q35_machine_540_0_options(m);
}
DEFINE_Q35_MACHINE(539, 0);
static void pc_q35_machine_540_0_options(MachineClass *m)
{
    pc_q35_machine_541_0_options(m);
}
DEFINE_Q35_MACHINE(540, 0);
static void pc_q35_machine_541_0_options(MachineClass *m)
{
    pc_q35_machine_542_0_options(m);
}
DEFINE_Q35_MACHINE(541, 0);
static void pc_q35_machine_542_0_options(MachineClass *m)
{
    pc_q35_machine_543_0_options(m);
}
DEFINE_Q35_MACHINE(542, 0);
static void pc_q35_machine_543_0_options(MachineClass *m)
{
    pc_q35_machine_544_0_options(m);
}
DEFINE_Q35_MACHINE(543, 0);
static void pc_q35_machine_544_0_options(MachineClass *m)
{
    pc_q35_machine_545_0_options(m);
}
DEFINE_Q35_MACHINE(544, 0);
static void pc_q35_machine_545_0_options(MachineClass *m)
{
    pc_q35_machine_546_0_options(m);
}
DEFINE_Q35_MACHINE(545, 0);
static void pc_q35_machine_546_0_options(MachineClass *m)
{
    pc_q35_machine_547_0_options(m);
}
DEFINE_Q35_MACHINE(546, 0);
static void pc_q35_machine_547_0_options(MachineClass *m)
{
    pc_q35_machine_548_0_options(m);
}
DEFINE_Q35_MACHINE(547, 0);
static void pc_q35_machine_548_0_options(MachineClass *m)
{
    pc_q35_machine_549_0_options(m);
}
DEFINE_Q35_MACHINE(548, 0);
static void pc_q35_machine_549_0_options(MachineClass *m)
{
    pc_q35_machine_550_0_options(m);
}
DEFINE_Q35_MACHINE(549, 0);
static void pc_q35_machine_550_0_options(MachineClass *m)
{
    pc_q35_machine_551_0_options(m);
}
DEFINE_Q35_MACHINE(550, 0);
static void pc_q35_machine_551_0_options(MachineClass *m)
{
    pc_q35_machine_552_0_options(m);
}
DEFINE_Q35_MACHINE(551, 0);
static void pc_q35_machine_552_0_options(MachineClass *m)
{
    pc_q35_machine_553_0_options(m);
}
DEFINE_Q35_MACHINE(552, 0);
static void pc_q35_machine_553_0_options(MachineClass *m)
{
    pc_q35_machine_554_0_options(m);
}
DEFINE_Q35_MACHINE(553, 0);
static void pc_q35_machine_554_0_options(MachineClass *m)
{
    pc_q35_machine_555_0_options(m);
}
DEFINE_Q35_MACHINE(554, 0);
static void pc_q35_machine_555_0_options(MachineClass *m)
{
    pc_q35_machine_556_0_options(m);
}
DEFINE_Q35_MACHINE(555, 0);
static void pc_q35_machine_556_0_options(MachineClass *m)
{
    pc_q35_machine_557_0_options(m);
}
DEFINE_Q35_MACHINE(556, 0);
static void pc_q35_machine_557_0_options(MachineClass *m)
{
    pc_q35_machine_558_0_options(m);
}
DEFINE_Q35_MACHINE(557, 0);
static void pc_q35_machine_558_0_options(MachineClass *m)
{
    pc_q35_machine_559_0_options(m);
}
DEFINE_Q35_MACHINE(558, 0);
static void pc_q35_machine_559_0_options(MachineClass *m)
{
    pc_q35_machine_560_0_options(m);
}
DEFINE_Q35_MACHINE(559, 0);
static void pc_q35_machine_560_0_options(MachineClass *m)
{
    pc_q35_machine_561_0_options(m);
}
DEFINE_Q35_MACHINE(560, 0);
static void pc_q35_machine_561_0_options(MachineClass *m)
{
    pc_q35_machine_562_0_options(m);
}
DEFINE_Q35_MACHINE(561, 0);
static void pc_q35_machine_562_0_options(MachineClass *m)
{
    pc_q35_machine_563_0_options(m);
}
DEFINE_Q35_MACHINE(562, 0);
static void pc_q35_machine_563_0_options(MachineClass *m)
{
    pc_q35_machine_564_0_options(m);
}
DEFINE_Q35_MACHINE(563, 0);
static void pc_q35_machine_564_0_options(MachineClass *m)
{
    pc_q35_machine_565_0_options(m);
}
DEFINE_Q35_MACHINE(564, 0);
static void pc_q35_machine_565_0_options(MachineClass *m)
{
    pc_q35_machine_566_0_options(m);
}
DEFINE_Q35_MACHINE(565, 0);
static void pc_q35_machine_566_0_options(MachineClass *m)
{
    pc_q35_machine_567_0_options(m);
}
DEFINE_Q35_MACHINE(566, 0);
static void pc_q35_machine_567_0_options(MachineClass *m)
{
    pc_q35_machine_568_0_options(m);
}
DEFINE_Q35_MACHINE(567, 0);
static void pc_q35_machine_568_0_options(MachineClass *m)
{
    pc_q35_machine_569_0_options(m);
}
DEFINE_Q35_MACHINE(568, 0);
static void pc_q35_machine_569_0_options(MachineClass *m)
{
    pc_q35_machine_570_0_options(m);
}
DEFINE_Q35_MACHINE(569, 0);
static void pc_q35_machine_570_0_options(MachineClass *m)
{
    pc_q35_machine_571_0_options(m);
}
DEFINE_Q35_MACHINE(570, 0);
static void pc_q35_machine_571_0_options(MachineClass *m)
{
    pc_q35_machine_572_0_options(m);
}
DEFINE_Q35_MACHINE(571, 0);
static void pc_q35_machine_572_0_options(MachineClass *m)
{
    pc_q35_machine_573_0_options(m);
}
DEFINE_Q35_MACHINE(572, 0);
static void pc_q35_machine_573_0_options(MachineClass *m)
{
    pc_q35_machine_574_0_options(m);
}
DEFINE_Q35_MACHINE(573, 0);
static void pc_q35_machine_574_0_options(MachineClass *m)
{
    pc_q35_machine_575_0_options(m);
}
DEFINE_Q35_MACHINE(574, 0);
static void pc_q35_machine_575_0_options(MachineClass *m)
{
    pc_q35_machine_576_0_options(m);
}
DEFINE_Q35_MACHINE(575, 0);
static void pc_q35_machine_576_0_options(MachineClass *m)
{
    pc_q35_machine_577_0_options(m);
}
DEFINE_Q35_MACHINE(576, 0);
static void pc_q35_machine_577_0_options(MachineClass *m)
{
    pc_q35_machine_578_0_options(m);
}
DEFINE_Q35_MACHINE(577, 0);
static void pc_q35_machine_578_0_options(MachineClass *m)
{
    pc_q35_machine_579_0_options(m);
}
DEFINE_Q35_MACHINE(578, 0);
static void pc_q35_machine_579_0_options(MachineClass *m)
{
    pc_q35_machine_580_0_options(m);
}
DEFINE_Q35_MACHINE(579, 0);
static void pc_q35_machine_580_0_options(MachineClass *m)
{
    pc_q35_machine_581_0_options(m);
}
DEFINE_Q35_MACHINE(580, 0);
static void pc_q35_machine_581_0_options(MachineClass *m)
{
    pc_q35_machine_582_0_options(m);
}
DEFINE_Q35_MACHINE(581, 0);
static void pc_q35_machine_582_0_options(MachineClass *m)
{
    pc_q35_machine_583_0_options(m);
}
DEFINE_Q35_MACHINE(582, 0);
static void pc_q35_machine_583_0_options(MachineClass *m)
{
    pc_q35_machine_584_0_options(m);
}
DEFINE_Q35_MACHINE(583, 0);
static void pc_q35_machine_584_0_options(MachineClass *m)
{
    pc_q35_machine_585_0_options(m);
}
DEFINE_Q35_MACHINE(584, 0);
static void pc_q35_machine_585_0_options(MachineClass *m)
{
    pc_q35_machine_586_0_options(m);
}
DEFINE_Q35_MACHINE(585, 0);
static void pc_q35_machine_586_0_options(MachineClass *m)
{
    pc_q35_machine_587_0_options(m);
}
DEFINE_Q35_MACHINE(586, 0);
static void pc_q35_machine_587_0_options(MachineClass *m)
{
    pc_q35_machine_588_0_options(m);
}
DEFINE_Q35_MACHINE(587, 0);
static void pc_q35_machine_588_0_options(MachineClass *m)
{
    pc_q35_machine_589_0_options(m);
}
DEFINE_Q35_MACHINE(588, 0);
static void pc_q35_machine_589_0_options(MachineClass *m)
{
    pc_q35_machine_590_0_options(m);
}
DEFINE_Q35_MACHINE(589, 0);
static void pc_q35_machine_590_0_options(MachineClass *m)
{
    pc_q35_machine_591_0_options(m);
}
DEFINE_Q35_MACHINE(590, 0);
static void pc_q35_machine_591_0_options(MachineClass *m)
{
    pc_q35_machine_592_0_options(m);
}
DEFINE_Q35_MACHINE(591, 0);
static void pc_q35_machine_592_0_options(MachineClass *m)
{
    pc_q35_machine_593_0_options(m);
}
DEFINE_Q35_MACHINE(592, 0);
static void pc_q35_machine_593_0_options(MachineClass *m)
{
    pc_q35_machine_594_0_options(m);
}
DEFINE_Q35_MACHINE(593, 0);
static void pc_q35_machine_594_0_options(MachineClass *m)
{
    pc_q35_machine_595_0_options(m);
}
DEFINE_Q35_MACHINE(594, 0);
static void pc_q35_machine_595_0_options(MachineClass *m)
{
    pc_q35_machine_596_0_options(m);
}
DEFINE_Q35_MACHINE(595, 0);
static void pc_q35_machine_596_0_options(MachineClass *m)
{
    pc_q35_machine_597_0_options(m);
}
DEFINE_Q35_MACHINE(596, 0);
static void pc_q35_machine_597_0_options(MachineClass *m)
{
    pc_q35_machine_598_0_options(m);
}
DEFINE_Q35_MACHINE(597, 0);
static void pc_q35_machine_598_0_options(MachineClass *m)
{
    pc_q35_machine_599_0_options(m);
}
DEFINE_Q35_MACHINE(598, 0);
static void pc_q35_machine_599_0_options(MachineClass *m)
{
    pc_q35_machine_600_0_options(m);
}
DEFINE_Q35_MACHINE(599, 0);
static void pc_q35_machine_600_0_options(MachineClass *m)
{
    pc_q35_machine_601_0_options(m);
}
DEFINE_Q35_MACHINE(600, 0);
static void pc_q35_machine_601_0_options(MachineClass *m)
{
    pc_q35_machine_602_0_options(m);
}
DEFINE_Q35_MACHINE(601, 0);
static void pc_q35_machine_602_0_options(MachineClass *m)
{
    pc_q35_machine_603_0_options(m);
}
DEFINE_Q35_MACHINE(602, 0);
static void pc_q35_machine_603_0_options(MachineClass *m)
{
    pc_q35_machine_604_0_options(m);
}
DEFINE_Q35_MACHINE(603, 0);
static void pc_q35_machine_604_0_options(MachineClass *m)
{
    pc_q35_machine_605_0_options(m);
}
DEFINE_Q35_MACHINE(604, 0);
static void pc_q35_machine_605_0_options(MachineClass *m)
{
    pc_q35_machine_606_0_options(m);
}
DEFINE_Q35_MACHINE(605, 0);
static void pc_q35_machine_606_0_options(MachineClass *m)
{
    pc_q35_machine_607_0_options(m);
}
DEFINE_Q35_MACHINE(606, 0);
static void pc_q35_machine_607_0_options(MachineClass *m)
{
    pc_q35_machine_608_0_options(m);
}
DEFINE_Q35_MACHINE(607, 0);
static void pc_q35_machine_608_0_options(MachineClass *m)
{
    pc_q35_machine_609_0_options(m);
}
DEFINE_Q35_MACHINE(608, 0);
static void pc_q35_machine_609_0_options(MachineClass *m)
{
    pc_q35_machine_610_0_options(m);
}
DEFINE_Q35_MACHINE(609, 0);
static void pc_q35_machine_610_0_options(MachineClass *m)
{
    pc_q35_machine_611_0_options(m);
}
DEFINE_Q35_MACHINE(610, 0);
static void pc_q35_machine_611_0_options(MachineClass *m)
{
    pc_q35_machine_612_0_options(m);
}
DEFINE_Q35_MACHINE(611, 0);
static void pc_q35_machine_612_0_options(MachineClass *m)
{
    pc_q35_machine_613_0_options(m);
}
DEFINE_Q35_MACHINE(612, 0);
static void pc_q35_machine_613_0_options(MachineClass *m)
{
    pc_q35_machine_614_0_options(m);
}
DEFINE_Q35_MACHINE(613, 0);
static void pc_q35_machine_614_0_options(MachineClass *m)
{
    pc_q35_machine_615_0_options(m);
}
DEFINE_Q35_MACHINE(614, 0);
static void pc_q35_machine_615_0_options(MachineClass *m)
{
    pc_q35_machine_616_0_options(m);
}
DEFINE_Q35_MACHINE(615, 0);
static void pc_q35_machine_616_0_options(MachineClass *m)
{
    pc_q35_machine_617_0_options(m);
}
DEFINE_Q35_MACHINE(616, 0);
static void pc_q35_machine_617_0_options(MachineClass *m)
{
    pc_q35_machine_618_0_options(m);
}
DEFINE_Q35_MACHINE(617, 0);
static void pc_q35_machine_618_0_options(MachineClass *m)
{
    pc_q35_machine_619_0_options(m);
}
DEFINE_Q35_MACHINE(618, 0);
static void pc_q35_machine_619_0_options(MachineClass *m)
{
    pc_q35_machine_620_0_options(m);
}
DEFINE_Q35_MACHINE(619, 0);
static void pc_q35_machine_620_0_options(MachineClass *m)
{
    pc_q35_machine_621_0_options(m);
}
DEFINE_Q35_MACHINE(620, 0);
static void pc_q35_machine_621_0_options(MachineClass *m)
{
    pc_q35_machine_622_0_options(m);
}
DEFINE_Q35_MACHINE(621, 0);
static void pc_q35_machine_622_0_options(MachineClass *m)
{
    pc_q35_machine_623_0_options(m);
}
DEFINE_Q35_MACHINE(622, 0);
static void pc_q35_machine_623_0_options(MachineClass *m)
{
    pc_q35_machine_624_0_options(m);
}
DEFINE_Q35_MACHINE(623, 0);
static void pc_q35_machine_624_0_options(MachineClass *m)
{
    pc_q35_machine_625_0_options(m);
}
DEFINE_Q35_MACHINE(624, 0);
static void pc_q35_machine_625_0_options(MachineClass *m)
{
    pc_q35_machine_626_0_options(m);
}
DEFINE_Q35_MACHINE(625, 0);
static void pc_q35_machine_626_0_options(MachineClass *m)
{
    pc_q35_machine_627_0_options(m);
}
DEFINE_Q35_MACHINE(626, 0);
static void pc_q35_machine_627_0_options(MachineClass *m)
{
    pc_q35_machine_628_0_options(m);
}
DEFINE_Q35_MACHINE(627, 0);
static void pc_q35_machine_628_0_options(MachineClass *m)
{
    pc_q35_machine_629_0_options(m);
}
DEFINE_Q35_MACHINE(628, 0);
static void pc_q35_machine_629_0_options(MachineClass *m)
{
    pc_q35_machine_630_0_options(m);
}
DEFINE_Q35_MACHINE(629, 0);
static void pc_q35_machine_630_0_options(MachineClass *m)
{
    pc_q35_machine_631_0_options(m);
}
DEFINE_Q35_MACHINE(630, 0);
static void pc_q35_machine_631_0_options(MachineClass *m)
{
    pc_q35_machine_632_0_options(m);
}
DEFINE_Q35_MACHINE(631, 0);
static void pc_q35_machine_632_0_options(MachineClass *m)
{
    pc_q35_machine_633_0_options(m);
}
DEFINE_Q35_MACHINE(632, 0);
static void pc_q35_machine_633_0_options(MachineClass *m)
{
    pc_q35_machine_634_0_options(m);
}
DEFINE_Q35_MACHINE(633, 0);
static void pc_q35_machine_634_0_options(MachineClass *m)
{
    pc_q35_machine_635_0_options(m);
}
DEFINE_Q35_MACHINE(634, 0);
static void pc_q35_machine_635_0_options(MachineClass *m)
{
    pc_q35_machine_636_0_options(m);
}
DEFINE_Q35_MACHINE(635, 0);
static void pc_q35_machine_636_0_options(MachineClass *m)
{
    pc_q35_machine_637_0_options(m);
}
DEFINE_Q35_MACHINE(636, 0);
static void pc_q35_machine_637_0_options(MachineClass *m)
{
    pc_q35_machine_638_0_options(m);
}
DEFINE_Q35_MACHINE(637, 0);
static void pc_q35_machine_638_0_options(MachineClass *m)
{
    pc_q35_machine_639_0_options(m);
}
DEFINE_Q35_MACHINE(638, 0);
static void pc_q35_machine_639_0_options(MachineClass *m)
{
    pc_q35_machine_640_0_options(m);
}
DEFINE_Q35_MACHINE(639, 0);
static void pc_q35_machine_640_0_options(MachineClass *m)
{
    pc_q35_machine_641_0_options(m);
}
DEFINE_Q35_MACHINE(640, 0);
static void pc_q35_machine_641_0_options(MachineClass *m)
{
    pc_q35_machine_642_0_options(m);
}
DEFINE_Q35_MACHINE(641, 0);
static void pc_q35_machine_642_0_options(MachineClass *m)
{
    pc_q35_machine_643_0_options(m);
}
DEFINE_Q35_MACHINE(642, 0);
static void pc_q35_machine_643_0_options(MachineClass *m)
{
    pc_q35_machine_644_0_options(m);
}
DEFINE_Q35_MACHINE(643, 0);
static void pc_q35_machine_644_0_options(MachineClass *m)
{
    pc_q35_machine_645_0_options(m);
}
DEFINE_Q35_MACHINE(644, 0);
static void pc_q35_machine_645_0_options(MachineClass *m)
{
    pc_q35_machine_646_0_options(m);
}
DEFINE_Q35_MACHINE(645, 0);
static void pc_q35_machine_646_0_options(MachineClass *m)
{
    pc_q35_machine_647_0_options(m);
}
DEFINE_Q35_MACHINE(646, 0);
static void pc_q35_machine_647_0_options(MachineClass *m)
{
    pc_q35_machine_648_0_options(m);
}
DEFINE_Q35_MACHINE(647, 0);
static void pc_q35_machine_648_0_options(MachineClass *m)
{
    pc_q35_machine_649_0_options(m);
}
DEFINE_Q35_MACHINE(648, 0);
static void pc_q35_machine_649_0_options(MachineClass *m)
{
    pc_q35_machine_650_0_options(m);
}
DEFINE_Q35_MACHINE(649, 0);
static void pc_q35_machine_650_0_options(MachineClass *m)
{
    pc_q35_machine_651_0_options(m);
}
DEFINE_Q35_MACHINE(650, 0);
static void pc_q35_machine_651_0_options(MachineClass *m)
{
    pc_q35_machine_652_0_options(m);
}
DEFINE_Q35_MACHINE(651, 0);
static void pc_q35_machine_652_0_options(MachineClass *m)
{
    pc_q35_machine_653_0_options(m);
}
DEFINE_Q35_MACHINE(652, 0);
static void pc_q35_machine_653_0_options(MachineClass *m)
{
    pc_q35_machine_654_0_options(m);
}
DEFINE_Q35_MACHINE(653, 0);
static void pc_q35_machine_654_0_options(MachineClass *m)
{
    pc_q35_machine_655_0_options(m);
}
DEFINE_Q35_MACHINE(654, 0);
static void pc_q35_machine_655_0_options(MachineClass *m)
{
    pc_q35_machine_656_0_options(m);
}
DEFINE_Q35_MACHINE(655, 0);
static void pc_q35_machine_656_0_options(MachineClass *m)
{
    pc_q35_machine_657_0_options(m);
}
DEFINE_Q35_MACHINE(656, 0);
static void pc_q35_machine_657_0_options(MachineClass *m)
{
    pc_q35_machine_658_0_options(m);
}
DEFINE_Q35_MACHINE(657, 0);
static void pc_q35_machine_658_0_options(MachineClass *m)
{
    pc_q35_machine_659_0_options(m);
}
DEFINE_Q35_MACHINE(658, 0);
static void pc_q35_machine_659_0_options(MachineClass *m)
{
    pc_q35_machine_660_0_options(m);
}
DEFINE_Q35_MACHINE(659, 0);
static void pc_q35_machine_660_0_options(MachineClass *m)
{
    pc_q35_machine_661_0_options(m);
}
DEFINE_Q35_MACHINE(660, 0);
static void pc_q35_machine_661_0_options(MachineClass *m)
{
    pc_q35_machine_662_0_options(m);
}
DEFINE_Q35_MACHINE(661, 0);
static void pc_q35_machine_662_0_options(MachineClass *m)
{
    pc_q35_machine_663_0_options(m);
}
DEFINE_Q35_MACHINE(662, 0);
static void pc_q35_machine_663_0_options(MachineClass *m)
{
    pc_q35_machine_664_0_options(m);
}
DEFINE_Q35_MACHINE(663, 0);
static void pc_q35_machine_664_0_options(MachineClass *m)
{
    pc_q35_machine_665_0_options(m);
}
DEFINE_Q35_MACHINE(664, 0);
static void pc_q35_machine_665_0_options(MachineClass *m)
{
    pc_q35_machine_666_0_options(m);
}
DEFINE_Q35_MACHINE(665, 0);
static void pc_q35_machine_666_0_options(MachineClass *m)
{
    pc_q35_machine_667_0_options(m);
}
DEFINE_Q35_MACHINE(666, 0);
static void pc_q35_machine_667_0_options(MachineClass *m)
{
    pc_q35_machine_668_0_options(m);
}
DEFINE_Q35_MACHINE(667, 0);
static void pc_q35_machine_668_0_options(MachineClass *m)
{
    pc_q35_machine_669_0_options(m);
}
DEFINE_Q35_MACHINE(668, 0);
static void pc_q35_machine_669_0_options(MachineClass *m)
{
    pc_q35_machine_670_0_options(m);
}
DEFINE_Q35_MACHINE(669, 0);
static void pc_q35_machine_670_0_options(MachineClass *m)
{
    pc_q35_machine_671_0_options(m);
}
DEFINE_Q35_MACHINE(670, 0);
static void pc_q35_machine_671_0_options(MachineClass *m)
{
    pc_q35_machine_672_0_options(m);
}
DEFINE_Q35_MACHINE(671, 0);
static void pc_q35_machine_672_0_options(MachineClass *m)
{
    pc_q35_machine_673_0_options(m);
}
DEFINE_Q35_MACHINE(672, 0);
static void pc_q35_machine_673_0_options(MachineClass *m)
{
    pc_q35_machine_674_0_options(m);
}
DEFINE_Q35_MACHINE(673, 0);
static void pc_q35_machine_674_0_options(MachineClass *m)
{
    pc_q35_machine_675_0_options(m);
}
DEFINE_Q35_MACHINE(674, 0);
static void pc_q35_machine_675_0_options(MachineClass *m)
{
    pc_q35_machine_676_0_options(m);
}
DEFINE_Q35_MACHINE(675, 0);
static void pc_q35_machine_676_0_options(MachineClass *m)
{
    pc_q35_machine_677_0_options(m);
}
DEFINE_Q35_MACHINE(676, 0);
static void pc_q35_machine_677_0_options(MachineClass *m)
{
    pc_q35_machine_678_0_options(m);
}
DEFINE_Q35_MACHINE(677, 0);
static void pc_q35_machine_678_0_options(MachineClass *m)
{
    pc_q35_machine_679_0_options(m);
}
DEFINE_Q35_MACHINE(678, 0);
static void pc_q35_machine_679_0_options(MachineClass *m)
{
    pc_q35_machine_680_0_options(m);
}
DEFINE_Q35_MACHINE(679, 0);
static void pc_q35_machine_680_0_options(MachineClass *m)
{
    pc_q35_machine_681_0_options(m);
}
DEFINE_Q35_MACHINE(680, 0);
static void pc_q35_machine_681_0_options(MachineClass *m)
{
    pc_q35_machine_682_0_options(m);
}
DEFINE_Q35_MACHINE(681, 0);
static void pc_q35_machine_682_0_options(MachineClass *m)
{
    pc_q35_machine_683_0_options(m);
}
DEFINE_Q35_MACHINE(682, 0);
static void pc_q35_machine_683_0_options(MachineClass *m)
{
    pc_q35_machine_684_0_options(m);
}
DEFINE_Q35_MACHINE(683, 0);
static void pc_q35_machine_684_0_options(MachineClass *m)
{
    pc_q35_machine_685_0_options(m);
}
DEFINE_Q35_MACHINE(684, 0);
static void pc_q35_machine_685_0_options(MachineClass *m)
{
    pc_q35_machine_686_0_options(m);
}
DEFINE_Q35_MACHINE(685, 0);
static void pc_q35_machine_686_0_options(MachineClass *m)
{
    pc_q35_machine_687_0_options(m);
}
DEFINE_Q35_MACHINE(686, 0);
static void pc_q35_machine_687_0_options(MachineClass *m)
{
    pc_q35_machine_688_0_options(m);
}
DEFINE_Q35_MACHINE(687, 0);
static void pc_q35_machine_688_0_options(MachineClass *m)
{
    pc_q35_machine_689_0_options(m);
}
DEFINE_Q35_MACHINE(688, 0);
static void pc_q35_machine_689_0_options(MachineClass *m)
{
    pc_q35_machine_690_0_options(m);
}
DEFINE_Q35_MACHINE(689, 0);
static void pc_q35_machine_690_0_options(MachineClass *m)
{
    pc_q35_machine_691_0_options(m);
}
DEFINE_Q35_MACHINE(690, 0);
static void pc_q35_machine_691_0_options(MachineClass *m)
{
    pc_q35_machine_692_0_options(m);
}
DEFINE_Q35_MACHINE(691, 0);
static void pc_q35_machine_692_0_options(MachineClass *m)
{
    pc_q35_machine_693_0_options(m);
}
DEFINE_Q35_MACHINE(692, 0);
static void pc_q35_machine_693_0_options(MachineClass *m)
{
    pc_q35_machine_694_0_options(m);
}
DEFINE_Q35_MACHINE(693, 0);
static void pc_q35_machine_694_0_options(MachineClass *m)
{
    pc_q35_machine_695_0_options(m);
}
DEFINE_Q35_MACHINE(694, 0);
static void pc_q35_machine_695_0_options(MachineClass *m)
{
    pc_q35_machine_696_0_options(m);
}
DEFINE_Q35_MACHINE(695, 0);
static void pc_q35_machine_696_0_options(MachineClass *m)
{
    pc_q35_machine_697_0_options(m);
}
DEFINE_Q35_MACHINE(696, 0);
static void pc_q35_machine_697_0_options(MachineClass *m)
{
    pc_q35_machine_698_0_options(m);
}
DEFINE_Q35_MACHINE(697, 0);
static void pc_q35_machine_698_0_options(MachineClass *m)
{
    pc_q35_machine_699_0_options(m);
}
DEFINE_Q35_MACHINE(698, 0);
static void pc_q35_machine_699_0_options(MachineClass *m)
{
    pc_q35_machine_700_0_options(m);
}
DEFINE_Q35_MACHINE(699, 0);
static void pc_q35_machine_700_0_options(MachineClass *m)
{
    pc_q35_machine_701_0_options(m);
}
DEFINE_Q35_MACHINE(700, 0);
static void pc_q35_machine_701_0_options(MachineClass *m)
{
    pc_q35_machine_702_0_options(m);
}
DEFINE_Q35_MACHINE(701, 0);
static void pc_q35_machine_702_0_options(MachineClass *m)
{
    pc_q35_machine_703_0_options(m);
}
DEFINE_Q35_MACHINE(702, 0);
static void pc_q35_machine_703_0_options(MachineClass *m)
{
    pc_q35_machine_704_0_options(m);
}
DEFINE_Q35_MACHINE(703, 0);
static void pc_q35_machine_704_0_options(MachineClass *m)
{
    pc_q35_machine_705_0_options(m);
}
DEFINE_Q35_MACHINE(704, 0);
static void pc_q35_machine_705_0_options(MachineClass *m)
{
    pc_q35_machine_706_0_options(m);
}
DEFINE_Q35_MACHINE(705, 0);
static void pc_q35_machine_706_0_options(MachineClass *m)
{
    pc_q35_machine_707_0_options(m);
}
DEFINE_Q35_MACHINE(706, 0);
static void pc_q35_machine_707_0_options(MachineClass *m)
{
    pc_q35_machine_708_0_options(m);
}
DEFINE_Q35_MACHINE(707, 0);
static void pc_q35_machine_708_0_options(MachineClass *m)
{
    pc_q35_machine_709_0_options(m);
}
DEFINE_Q35_MACHINE(708, 0);
static void pc_q35_machine_709_0_options(MachineClass *m)
{
    pc_q35_machine_710_0_options(m);
}
DEFINE_Q35_MACHINE(709, 0);
static void pc_q35_machine_710_0_options(MachineClass *m)
{
    pc_q35_machine_711_0_options(m);
}
DEFINE_Q35_MACHINE(710, 0);
static void pc_q35_machine_711_0_options(MachineClass *m)
{
    pc_q35_machine_712_0_options(m);
}
DEFINE_Q35_MACHINE(711, 0);
static void pc_q35_machine_712_0_options(MachineClass *m)
{
    pc_q35_machine_713_0_options(m);
}
DEFINE_Q35_MACHINE(712, 0);
static void pc_q35_machine_713_0_options(MachineClass *m)
{
    pc_q35_machine_714_0_options(m);
}
DEFINE_Q35_MACHINE(713, 0);
static void pc_q35_machine_714_0_options(MachineClass *m)
{
    pc_q35_machine_715_0_options(m);
}
DEFINE_Q35_MACHINE(714, 0);
static void pc_q35_machine_715_0_options(MachineClass *m)
{
    pc_q35_machine_716_0_options(m);
}
DEFINE_Q35_MACHINE(715, 0);
static void pc_q35_machine_716_0_options(MachineClass *m)
{
    pc_q35_machine_717_0_options(m);
}
DEFINE_Q35_MACHINE(716, 0);
static void pc_q35_machine_717_0_options(MachineClass *m)
{
    pc_q35_machine_718_0_options(m);
}
DEFINE_Q35_MACHINE(717, 0);
static void pc_q35_machine_718_0_options(MachineClass *m)
{
    pc_q35_machine_719_0_options(m);
}
DEFINE_Q35_MACHINE(718, 0);
static void pc_q35_machine_719_0_options(MachineClass *m)
{
    pc_q35_machine_720_0_options(m);
}
DEFINE_Q35_MACHINE(719, 0);
static void pc_q35_machine_720_0_options(MachineClass *m)
{
    pc_q35_machine_721_0_options(m);
}
DEFINE_Q35_MACHINE(720, 0);
static void pc_q35_machine_721_0_options(MachineClass *m)
{
    pc_q35_machine_722_0_options(m);
}
DEFINE_Q35_MACHINE(721, 0);
static void pc_q35_machine_722_0_options(MachineClass *m)
{
    pc_q35_machine_723_0_options(m);
}
DEFINE_Q35_MACHINE(722, 0);
static void pc_q35_machine_723_0_options(MachineClass *m)
{
    pc_q35_machine_724_0_options(m);
}
DEFINE_Q35_MACHINE(723, 0);
static void pc_q35_machine_724_0_options(MachineClass *m)
{
    pc_q35_machine_725_0_options(m);
}
DEFINE_Q35_MACHINE(724, 0);
static void pc_q35_machine_725_0_options(MachineClass *m)
{
    pc_q35_machine_726_0_options(m);
}
DEFINE_Q35_MACHINE(725, 0);
static void pc_q35_machine_726_0_options(MachineClass *m)
{
    pc_q35_machine_727_0_options(m);
}
DEFINE_Q35_MACHINE(726, 0);
static void pc_q35_machine_727_0_options(MachineClass *m)
{
    pc_q35_machine_728_0_options(m);
}
DEFINE_Q35_MACHINE(727, 0);
static void pc_q35_machine_728_0_options(MachineClass *m)
{
    pc_q35_machine_729_0_options(m);
}
DEFINE_Q35_MACHINE(728, 0);
static void pc_q35_machine_729_0_options(MachineClass *m)
{
    pc_q35_machine_730_0_options(m);
}
DEFINE_Q35_MACHINE(729, 0);
static void pc_q35_machine_730_0_options(MachineClass *m)
{
    pc_q35_machine_731_0_options(m);
}
DEFINE_Q35_MACHINE(730, 0);
static void pc_q35_machine_731_0_options(MachineClass *m)
{
    pc_q35_machine_732_0_options(m);
}
DEFINE_Q35_MACHINE(731, 0);
static void pc_q35_machine_732_0_options(MachineClass *m)
{
    pc_q35_machine_733_0_options(m);
}
DEFINE_Q35_MACHINE(732, 0);
static void pc_q35_machine_733_0_options(MachineClass *m)
{
    pc_q35_machine_734_0_options(m);
}
DEFINE_Q35_MACHINE(733, 0);
static void pc_q35_machine_734_0_options(MachineClass *m)
{
    pc_q35_machine_735_0_options(m);
}
DEFINE_Q35_MACHINE(734, 0);
static void pc_q35_machine_735_0_options(MachineClass *m)
{
    pc_q35_machine_736_0_options(m);
}
DEFINE_Q35_MACHINE(735, 0);
static void pc_q35_machine_736_0_options(MachineClass *m)
{
    pc_q35_machine_737_0_options(m);
}
DEFINE_Q35_MACHINE(736, 0);
static void pc_q35_machine_737_0_options(MachineClass *m)
{
    pc_q35_machine_738_0_options(m);
}
DEFINE_Q35_MACHINE(737, 0);
static void pc_q35_machine_738_0_options(MachineClass *m)
{
    pc_q35_machine_739_0_options(m);
}
DEFINE_Q35_MACHINE(738, 0);
static void pc_q35_machine_739_0_options(MachineClass *m)
{
    pc_q35_machine_740_0_options(m);
}
DEFINE_Q35_MACHINE(739, 0);
static void pc_q35_machine_740_0_options(MachineClass *m)
{
    pc_q35_machine_741_0_options(m);
}
DEFINE_Q35_MACHINE(740, 0);
static void pc_q35_machine_741_0_options(MachineClass *m)
{
    pc_q35_machine_742_0_options(m);
}
DEFINE_Q35_MACHINE(741, 0);
static void pc_q35_machine_742_0_options(MachineClass *m)
{
    pc_q35_machine_743_0_options(m);
}
DEFINE_Q35_MACHINE(742, 0);
static void pc_q35_machine_743_0_options(MachineClass *m)
{
    pc_q35_machine_744_0_options(m);
}
DEFINE_Q35_MACHINE(743, 0);
static void pc_q35_machine_744_0_options(MachineClass *m)
{
    pc_q35_machine_745_0_options(m);
}
DEFINE_Q35_MACHINE(744, 0);
static void pc_q35_machine_745_0_options(MachineClass *m)
{
    pc_q35_machine_746_0_options(m);
}
DEFINE_Q35_MACHINE(745, 0);
static void pc_q35_machine_746_0_options(MachineClass *m)
{
    pc_q35_machine_747_0_options(m);
}
DEFINE_Q35_MACHINE(746, 0);
static void pc_q35_machine_747_0_options(MachineClass *m)
{
    pc_q35_machine_748_0_options(m);
}
DEFINE_Q35_MACHINE(747, 0);
static void pc_q35_machine_748_0_options(MachineClass *m)
{
    pc_q35_machine_749_0_options(m);
}
DEFINE_Q35_MACHINE(748, 0);
static void pc_q35_machine_749_0_options(MachineClass *m)
{
    pc_q35_machine_750_0_options(m);
}
DEFINE_Q35_MACHINE(749, 0);
static void pc_q35_machine_750_0_options(MachineClass *m)
{
    pc_q35_machine_751_0_options(m);
}
DEFINE_Q35_MACHINE(750, 0);
static void pc_q35_machine_751_0_options(MachineClass *m)
{
    pc_q35_machine_752_0_options(m);
}
DEFINE_Q35_MACHINE(751, 0);
static void pc_q35_machine_752_0_options(MachineClass *m)
{
    pc_q35_machine_753_0_options(m);
}
DEFINE_Q35_MACHINE(752, 0);
static void pc_q35_machine_753_0_options(MachineClass *m)
{
    pc_q35_machine_754_0_options(m);
}
DEFINE_Q35_MACHINE(753, 0);
static void pc_q35_machine_754_0_options(MachineClass *m)
{
    pc_q35_machine_755_0_options(m);
}
DEFINE_Q35_MACHINE(754, 0);
static void pc_q35_machine_755_0_options(MachineClass *m)
{
    pc_q35_machine_756_0_options(m);
}
DEFINE_Q35_MACHINE(755, 0);
static void pc_q35_machine_756_0_options(MachineClass *m)
{
    pc_q35_machine_757_0_options(m);
}
DEFINE_Q35_MACHINE(756, 0);
static void pc_q35_machine_757_0_options(MachineClass *m)
{
    pc_q35_machine_758_0_options(m);
}
DEFINE_Q35_MACHINE(757, 0);
static void pc_q35_machine_758_0_options(MachineClass *m)
{
    pc_q35_machine_759_0_options(m);
}
DEFINE_Q35_MACHINE(758, 0);
static void pc_q35_machine_759_0_options(MachineClass *m)
{
    pc_q35_machine_760_0_options(m);
}
DEFINE_Q35_MACHINE(759, 0);
static void pc_q35_machine_760_0_options(MachineClass *m)
{
    pc_q35_machine_761_0_options(m);
}
DEFINE_Q35_MACHINE(760, 0);
static void pc_q35_machine_761_0_options(MachineClass *m)
{
    pc_q35_machine_762_0_options(m);
}
DEFINE_Q35_MACHINE(761, 0);
static void pc_q35_machine_762_0_options(MachineClass *m)
{
    pc_q35_machine_763_0_options(m);
}
DEFINE_Q35_MACHINE(762, 0);
static void pc_q35_machine_763_0_options(MachineClass *m)
{
    pc_q35_machine_764_0_options(m);
}
DEFINE_Q35_MACHINE(763, 0);
static void pc_q35_machine_764_0_options(MachineClass *m)
{
    pc_q35_machine_765_0_options(m);
}
DEFINE_Q35_MACHINE(764, 0);
static void pc_q35_machine_765_0_options(MachineClass *m)
{
    pc_q35_machine_766_0_options(m);
}
DEFINE_Q35_MACHINE(765, 0);
static void pc_q35_machine_766_0_options(MachineClass *m)
{
    pc_q35_machine_767_0_options(m);
}
DEFINE_Q35_MACHINE(766, 0);
static void pc_q35_machine_767_0_options(MachineClass *m)
{
    pc_q35_machine_768_0_options(m);
}
DEFINE_Q35_MACHINE(767, 0);
static void pc_q35_machine_768_0_options(MachineClass *m)
{
    pc_q35_machine_769_0_options(m);
}
DEFINE_Q35_MACHINE(768, 0);
static void pc_q35_machine_769_0_options(MachineClass *m)
{
    pc_q35_machine_770_0_options(m);
}
DEFINE_Q35_MACHINE(769, 0);
static void pc_q35_machine_770_0_options(MachineClass *m)
{
    pc_q35_machine_771_0_options(m);
}
DEFINE_Q35_MACHINE(770, 0);
static void pc_q35_machine_771_0_options(MachineClass *m)
{
    pc_q35_machine_772_0_options(m);
}
DEFINE_Q35_MACHINE(771, 0);
static void pc_q35_machine_772_0_options(MachineClass *m)
{
    pc_q35_machine_773_0_options(m);
}
DEFINE_Q35_MACHINE(772, 0);
static void pc_q35_machine_773_0_options(MachineClass *m)
{
    pc_q35_machine_774_0_options(m);
}
DEFINE_Q35_MACHINE(773, 0);
static void pc_q35_machine_774_0_options(MachineClass *m)
{
    pc_q35_machine_775_0_options(m);
}
DEFINE_Q35_MACHINE(774, 0);
static void pc_q35_machine_775_0_options(MachineClass *m)
{
    pc_q35_machine_776_0_options(m);
}
DEFINE_Q35_MACHINE(775, 0);
static void pc_q35_machine_776_0_options(MachineClass *m)
{
    pc_q35_machine_777_0_options(m);
}
DEFINE_Q35_MACHINE(776, 0);
static void pc_q35_machine_777_0_options(MachineClass *m)
{
    pc_q35_machine_778_0_options(m);
}
DEFINE_Q35_MACHINE(777, 0);
static void pc_q35_machine_778_0_options(MachineClass *m)
{
    pc_q35_machine_779_0_options(m);
}
DEFINE_Q35_MACHINE(778, 0);
static void pc_q35_machine_779_0_options(MachineClass *m)
{
    pc_q35_machine_780_0_options(m);
}
DEFINE_Q35_MACHINE(779, 0);
static void pc_q35_machine_780_0_options(MachineClass *m)
{
    pc_q35_machine_781_0_options(m);
}
DEFINE_Q35_MACHINE(780, 0);
static void pc_q35_machine_781_0_options(MachineClass *m)
{
    pc_q35_machine_782_0_options(m);
}
DEFINE_Q35_MACHINE(781, 0);
static void pc_q35_machine_782_0_options(MachineClass *m)
{
    pc_q35_machine_783_0_options(m);
}
DEFINE_Q35_MACHINE(782, 0);
static void pc_q35_machine_783_0_options(MachineClass *m)
{
    pc_q35_machine_784_0_options(m);
}
DEFINE_Q35_MACHINE(783, 0);
static void pc_q35_machine_784_0_options(MachineClass *m)
{
    pc_q35_machine_785_0_options(m);
}
DEFINE_Q35_MACHINE(784, 0);
static void pc_q35_machine_785_0_options(MachineClass *m)
{
    pc_q35_machine_786_0_options(m);
}
DEFINE_Q35_MACHINE(785, 0);
static void pc_q35_machine_786_0_options(MachineClass *m)
{
    pc_q35_machine_787_0_options(m);
}
DEFINE_Q35_MACHINE(786, 0);
static void pc_q35_machine_787_0_options(MachineClass *m)
{
    pc_q35_machine_788_0_options(m);
}
DEFINE_Q35_MACHINE(787, 0);
static void pc_q35_machine_788_0_options(MachineClass *m)
{
    pc_q35_machine_789_0_options(m);
}
DEFINE_Q35_MACHINE(788, 0);
static void pc_q35_machine_789_0_options(MachineClass *m)
{
    pc_q35_machine_790_0_options(m);
}
DEFINE_Q35_MACHINE(789, 0);
static void pc_q35_machine_790_0_options(MachineClass *m)
{
    pc_q35_machine_791_0_options(m);
}
DEFINE_Q35_MACHINE(790, 0);
static void pc_q35_machine_791_0_options(MachineClass *m)
{
    pc_q35_machine_792_0_options(m);
}
DEFINE_Q35_MACHINE(791, 0);
static void pc_q35_machine_792_0_options(MachineClass *m)
{
    pc_q35_machine_793_0_options(m);
}
DEFINE_Q35_MACHINE(792, 0);
static void pc_q35_machine_793_0_options(MachineClass *m)
{
    pc_q35_machine_794_0_options(m);
}
DEFINE_Q35_MACHINE(793, 0);
static void pc_q35_machine_794_0_options(MachineClass *m)
{
    pc_q35_machine_795_0_options(m);
}
DEFINE_Q35_MACHINE(794, 0);
static void pc_q35_machine_795_0_options(MachineClass *m)
{
    pc_q35_machine_796_0_options(m);
}
DEFINE_Q35_MACHINE(795, 0);
static void pc_q35_machine_796_0_options(MachineClass *m)
{
    pc_q35_machine_797_0_options(m);
}
DEFINE_Q35_MACHINE(796, 0);
static void pc_q35_machine_797_0_options(MachineClass *m)
{
    pc_q35_machine_798_0_options(m);
}
DEFINE_Q35_MACHINE(797, 0);
static void pc_q35_machine_798_0_options(MachineClass *m)
{
    pc_q35_machine_799_0_options(m);
}
DEFINE_Q35_MACHINE(798, 0);
static void pc_q35_machine_799_0_options(MachineClass *m)
{
    pc_q35_machine_800_0_options(m);
}
DEFINE_Q35_MACHINE(799, 0);
static void pc_q35_machine_800_0_options(MachineClass *m)
{
    pc_q35_machine_801_0_options(m);
}
DEFINE_Q35_MACHINE(800, 0);
static void pc_q35_machine_801_0_options(MachineClass *m)
{
    pc_q35_machine_802_0_options(m);
}
DEFINE_Q35_MACHINE(801, 0);
static void pc_q35_machine_802_0_options(MachineClass *m)
{
    pc_q35_machine_803_0_options(m);
}
DEFINE_Q35_MACHINE(802, 0);
static void pc_q35_machine_803_0_options(MachineClass *m)
{
    pc_q35_machine_804_0_options(m);
}
DEFINE_Q35_MACHINE(803, 0);
static void pc_q35_machine_804_0_options(MachineClass *m)
{
    pc_q35_machine_805_0_options(m);
}
DEFINE_Q35_MACHINE(804, 0);
static void pc_q35_machine_805_0_options(MachineClass *m)
{
    pc_q35_machine_806_0_options(m);
}
DEFINE_Q35_MACHINE(805, 0);
static void pc_q35_machine_806_0_options(MachineClass *m)
{
    pc_q35_machine_807_0_options(m);
}
DEFINE_Q35_MACHINE(806, 0);
static void pc_q35_machine_807_0_options(MachineClass *m)
{
    pc_q35_machine_808_0_options(m);
}
DEFINE_Q35_MACHINE(807, 0);
static void pc_q35_machine_808_0_options(MachineClass *m)
{
    pc_q35_machine_809_0_options(m);
}
DEFINE_Q35_MACHINE(808, 0);
static void pc_q35_machine_809_0_options(MachineClass *m)
{
    pc_q35_machine_810_0_options(m);
}
DEFINE_Q35_MACHINE(809, 0);
static void pc_q35_machine_810_0_options(MachineClass *m)
{
    pc_q35_machine_811_0_options(m);
}
DEFINE_Q35_MACHINE(810, 0);
static void pc_q35_machine_811_0_options(MachineClass *m)
{
    pc_q35_machine_812_0_options(m);
}
DEFINE_Q35_MACHINE(811, 0);
static void pc_q35_machine_812_0_options(MachineClass *m)
{
    pc_q35_machine_813_0_options(m);
}
DEFINE_Q35_MACHINE(812, 0);
static void pc_q35_machine_813_0_options(MachineClass *m)
{
    pc_q35_machine_814_0_options(m);
}
DEFINE_Q35_MACHINE(813, 0);
static void pc_q35_machine_814_0_options(MachineClass *m)
{
    pc_q35_machine_815_0_options(m);
}
DEFINE_Q35_MACHINE(814, 0);
static void pc_q35_machine_815_0_options(MachineClass *m)
{
    pc_q35_machine_816_0_options(m);
}
DEFINE_Q35_MACHINE(815, 0);
static void pc_q35_machine_816_0_options(MachineClass *m)
{
    pc_q35_machine_817_0_options(m);
}
DEFINE_Q35_MACHINE(816, 0);
static void pc_q35_machine_817_0_options(MachineClass *m)
{
    pc_q35_machine_818_0_options(m);
}
DEFINE_Q35_MACHINE(817, 0);
static void pc_q35_machine_818_0_options(MachineClass *m)
{
    pc_q35_machine_819_0_options(m);
}
DEFINE_Q35_MACHINE(818, 0);
static void pc_q35_machine_819_0_options(MachineClass *m)
{
    pc_q35_machine_820_0_options(m);
}
DEFINE_Q35_MACHINE(819, 0);
static void pc_q35_machine_820_0_options(MachineClass *m)
{
    pc_q35_machine_821_0_options(m);
}
DEFINE_Q35_MACHINE(820, 0);
static void pc_q35_machine_821_0_options(MachineClass *m)
{
    pc_q35_machine_822_0_options(m);
}
DEFINE_Q35_MACHINE(821, 0);
static void pc_q35_machine_822_0_options(MachineClass *m)
{
    pc_q35_machine_823_0_options(m);
}
DEFINE_Q35_MACHINE(822, 0);
static void pc_q35_machine_823_0_options(MachineClass *m)
{
    pc_q35_machine_824_0_options(m);
}
DEFINE_Q35_MACHINE(823, 0);
static void pc_q35_machine_824_0_options(MachineClass *m)
{
    pc_q35_machine_825_0_options(m);
}
DEFINE_Q35_MACHINE(824, 0);
static void pc_q35_machine_825_0_options(MachineClass *m)
{
    pc_q35_machine_826_0_options(m);
}
DEFINE_Q35_MACHINE(825, 0);
static void pc_q35_machine_826_0_options(MachineClass *m)
{
    pc_q35_machine_827_0_options(m);
}
DEFINE_Q35_MACHINE(826, 0);
static void pc_q35_machine_827_0_options(MachineClass *m)
{
    pc_q35_machine_828_0_options(m);
}
DEFINE_Q35_MACHINE(827, 0);
static void pc_q35_machine_828_0_options(MachineClass *m)
{
    pc_q35_machine_829_0_options(m);
}
DEFINE_Q35_MACHINE(828, 0);
static void pc_q35_machine_829_0_options(MachineClass *m)
{
    pc_q35_machine_830_0_options(m);
}
DEFINE_Q35_MACHINE(829, 0);
static void pc_q35_machine_830_0_options(MachineClass *m)
{
    pc_q35_machine_831_0_options(m);
}
DEFINE_Q35_MACHINE(830, 0);
static void pc_q35_machine_831_0_options(MachineClass *m)
{
    pc_q35_machine_832_0_options(m);
}
DEFINE_Q35_MACHINE(831, 0);
static void pc_q35_machine_832_0_options(MachineClass *m)
{
    pc_q35_machine_833_0_options(m);
}
DEFINE_Q35_MACHINE(832, 0);
static void pc_q35_machine_833_0_options(MachineClass *m)
{
    pc_q35_machine_834_0_options(m);
}
DEFINE_Q35_MACHINE(833, 0);
static void pc_q35_machine_834_0_options(MachineClass *m)
{
    pc_q35_machine_835_0_options(m);
}
DEFINE_Q35_MACHINE(834, 0);
static void pc_q35_machine_835_0_options(MachineClass *m)
{
    pc_q35_machine_836_0_options(m);
}
DEFINE_Q35_MACHINE(835, 0);
static void pc_q35_machine_836_0_options(MachineClass *m)
{
    pc_q35_machine_837_0_options(m);
}
DEFINE_Q35_MACHINE(836, 0);
static void pc_q35_machine_837_0_options(MachineClass *m)
{
    pc_q35_machine_838_0_options(m);
}
DEFINE_Q35_MACHINE(837, 0);
static void pc_q35_machine_838_0_options(MachineClass *m)
{
    pc_q35_machine_839_0_options(m);
}
DEFINE_Q35_MACHINE(838, 0);
static void pc_q35_machine_839_0_options(MachineClass *m)
{
    pc_q35_machine_840_0_options(m);
}
DEFINE_Q35_MACHINE(839, 0);
static void pc_q35_machine_840_0_options(MachineClass *m)
{
    pc_q35_machine_841_0_options(m);
}
DEFINE_Q35_MACHINE(840, 0);
static void pc_q35_machine_841_0_options(MachineClass *m)
{
    pc_q35_machine_842_0_options(m);
}
DEFINE_Q35_MACHINE(841, 0);
static void pc_q35_machine_842_0_options(MachineClass *m)
{
    pc_q35_machine_843_0_options(m);
}
DEFINE_Q35_MACHINE(842, 0);
static void pc_q35_machine_843_0_options(MachineClass *m)
{
    pc_q35_machine_844_0_options(m);
}
DEFINE_Q35_MACHINE(843, 0);
static void pc_q35_machine_844_0_options(MachineClass *m)
{
    pc_q35_machine_845_0_options(m);
}
DEFINE_Q35_MACHINE(844, 0);
static void pc_q35_machine_845_0_options(MachineClass *m)
{
    pc_q35_machine_846_0_options(m);
}
DEFINE_Q35_MACHINE(845, 0);
static void pc_q35_machine_846_0_options(MachineClass *m)
{
    pc_q35_machine_847_0_options(m);
}
DEFINE_Q35_MACHINE(846, 0);
static void pc_q35_machine_847_0_options(MachineClass *m)
{
    pc_q35_machine_848_0_options(m);
}
DEFINE_Q35_MACHINE(847, 0);
static void pc_q35_machine_848_0_options(MachineClass *m)
{
    pc_q35_machine_849_0_options(m);
}
DEFINE_Q35_MACHINE(848, 0);
static void pc_q35_machine_849_0_options(MachineClass *m)
{
    pc_q35_machine_850_0_options(m);
}
DEFINE_Q35_MACHINE(849, 0);
static void pc_q35_machine_850_0_options(MachineClass *m)
{
    pc_q35_machine_851_0_options(m);
}
DEFINE_Q35_MACHINE(850, 0);
static void pc_q35_machine_851_0_options(MachineClass *m)
{
    pc_q35_machine_852_0_options(m);
}
DEFINE_Q35_MACHINE(851, 0);
static void pc_q35_machine_852_0_options(MachineClass *m)
{
    pc_q35_machine_853_0_options(m);
}
DEFINE_Q35_MACHINE(852, 0);
static void pc_q35_machine_853_0_options(MachineClass *m)
{
    pc_q35_machine_854_0_options(m);
}
DEFINE_Q35_MACHINE(853, 0);
static void pc_q35_machine_854_0_options(MachineClass *m)
{
    pc_q35_machine_855_0_options(m);
}
DEFINE_Q35_MACHINE(854, 0);
static void pc_q35_machine_855_0_options(MachineClass *m)
{
    pc_q35_machine_856_0_options(m);
}
DEFINE_Q35_MACHINE(855, 0);
static void pc_q35_machine_856_0_options(MachineClass *m)
{
    pc_q35_machine_857_0_options(m);
}
DEFINE_Q35_MACHINE(856, 0);
static void pc_q35_machine_857_0_options(MachineClass *m)
{
    pc_q35_machine_858_0_options(m);
}
DEFINE_Q35_MACHINE(857, 0);
static void pc_q35_machine_858_0_options(MachineClass *m)
{
    pc_q35_machine_859_0_options(m);
}
DEFINE_Q35_MACHINE(858, 0);
static void pc_q35_machine_859_0_options(MachineClass *m)
{
    pc_q35_machine_860_0_options(m);
}
DEFINE_Q35_MACHINE(859, 0);
static void pc_q35_machine_860_0_options(MachineClass *m)
{
    pc_q35_machine_861_0_options(m);
}
DEFINE_Q35_MACHINE(860, 0);
static void pc_q35_machine_861_0_options(MachineClass *m)
{
    pc_q35_machine_862_0_options(m);
}
DEFINE_Q35_MACHINE(861, 0);
static void pc_q35_machine_862_0_options(MachineClass *m)
{
    pc_q35_machine_863_0_options(m);
}
DEFINE_Q35_MACHINE(862, 0);
static void pc_q35_machine_863_0_options(MachineClass *m)
{
    pc_q35_machine_864_0_options(m);
}
DEFINE_Q35_MACHINE(863, 0);
static void pc_q35_machine_864_0_options(MachineClass *m)
{
    pc_q35_machine_865_0_options(m);
}
DEFINE_Q35_MACHINE(864, 0);
static void pc_q35_machine_865_0_options(MachineClass *m)
{
    pc_q35_machine_866_0_options(m);
}
DEFINE_Q35_MACHINE(865, 0);
static void pc_q35_machine_866_0_options(MachineClass *m)
{
    pc_q35_machine_867_0_options(m);
}
DEFINE_Q35_MACHINE(866, 0);
static void pc_q35_machine_867_0_options(MachineClass *m)
{
    pc_q35_machine_868_0_options(m);
}
DEFINE_Q35_MACHINE(867, 0);
static void pc_q35_machine_868_0_options(MachineClass *m)
{
    pc_q35_machine_869_0_options(m);
}
DEFINE_Q35_MACHINE(868, 0);
static void pc_q35_machine_869_0_options(MachineClass *m)
{
    pc_q35_machine_870_0_options(m);
}
DEFINE_Q35_MACHINE(869, 0);
static void pc_q35_machine_870_0_options(MachineClass *m)
{
    pc_q35_machine_871_0_options(m);
}
DEFINE_Q35_MACHINE(870, 0);
static void pc_q35_machine_871_0_options(MachineClass *m)
{
    pc_q35_machine_872_0_options(m);
}
DEFINE_Q35_MACHINE(871, 0);
static void pc_q35_machine_872_0_options(MachineClass *m)
{
    pc_q35_machine_873_0_options(m);
}
DEFINE_Q35_MACHINE(872, 0);
static void pc_q35_machine_873_0_options(MachineClass *m)
{
    pc_q35_machine_874_0_options(m);
}
DEFINE_Q35_MACHINE(873, 0);
static void pc_q35_machine_874_0_options(MachineClass *m)
{
    pc_q35_machine_875_0_options(m);
}
DEFINE_Q35_MACHINE(874, 0);
static void pc_q35_machine_875_0_options(MachineClass *m)
{
    pc_q35_machine_876_0_options(m);
}
DEFINE_Q35_MACHINE(875, 0);
static void pc_q35_machine_876_0_options(MachineClass *m)
{
    pc_q35_machine_877_0_options(m);
}
DEFINE_Q35_MACHINE(876, 0);
static void pc_q35_machine_877_0_options(MachineClass *m)
{
    pc_q35_machine_878_0_options(m);
}
DEFINE_Q35_MACHINE(877, 0);
static void pc_q35_machine_878_0_options(MachineClass *m)
{
    pc_q35_machine_879_0_options(m);
}
DEFINE_Q35_MACHINE(878, 0);
static void pc_q35_machine_879_0_options(MachineClass *m)
{
    pc_q35_machine_880_0_options(m);
}
DEFINE_Q35_MACHINE(879, 0);
static void pc_q35_machine_880_0_options(MachineClass *m)
{
    pc_q35_machine_881_0_options(m);
}
DEFINE_Q35_MACHINE(880, 0);
static void pc_q35_machine_881_0_options(MachineClass *m)
{
    pc_q35_machine_882_0_options(m);
}
DEFINE_Q35_MACHINE(881, 0);
static void pc_q35_machine_882_0_options(MachineClass *m)
{
    pc_q35_machine_883_0_options(m);
}
DEFINE_Q35_MACHINE(882, 0);
static void pc_q35_machine_883_0_options(MachineClass *m)
{
    pc_q35_machine_884_0_options(m);
}
DEFINE_Q35_MACHINE(883, 0);
static void pc_q35_machine_884_0_options(MachineClass *m)
{
    pc_q35_machine_885_0_options(m);
}
DEFINE_Q35_MACHINE(884, 0);
static void pc_q35_machine_885_0_options(MachineClass *m)
{
    pc_q35_machine_886_0_options(m);
}
DEFINE_Q35_MACHINE(885, 0);
static void pc_q35_machine_886_0_options(MachineClass *m)
{
    pc_q35_machine_887_0_options(m);
}
DEFINE_Q35_MACHINE(886, 0);
static void pc_q35_machine_887_0_options(MachineClass *m)
{
    pc_q35_machine_888_0_options(m);
}
DEFINE_Q35_MACHINE(887, 0);
static void pc_q35_machine_888_0_options(MachineClass *m)
{
    pc_q35_machine_889_0_options(m);
}
DEFINE_Q35_MACHINE(888, 0);
static void pc_q35_machine_889_0_options(MachineClass *m)
{
    pc_q35_machine_890_0_options(m);
}
DEFINE_Q35_MACHINE(889, 0);
static void pc_q35_machine_890_0_options(MachineClass *m)
{
    pc_q35_machine_891_0_options(m);
}
DEFINE_Q35_MACHINE(890, 0);
static void pc_q35_machine_891_0_options(MachineClass *m)
{
    pc_q35_machine_892_0_options(m);
}
DEFINE_Q35_MACHINE(891, 0);
static void pc_q35_machine_892_0_options(MachineClass *m)
{
    pc_q35_machine_893_0_options(m);
}
DEFINE_Q35_MACHINE(892, 0);
static void pc_q35_machine_893_0_options(MachineClass *m)
{
    pc_q35_machine_894_0_options(m);
}
DEFINE_Q35_MACHINE(893, 0);
static void pc_q35_machine_894_0_options(MachineClass *m)
{
    pc_q35_machine_895_0_options(m);
}
DEFINE_Q35_MACHINE(894, 0);
static void pc_q35_machine_895_0_options(MachineClass *m)
{
    pc_q35_machine_896_0_options(m);
}
DEFINE_Q35_MACHINE(895, 0);
static void pc_q35_machine_896_0_options(MachineClass *m)
{
    pc_q35_machine_897_0_options(m);
}
DEFINE_Q35_MACHINE(896, 0);
static void pc_q35_machine_897_0_options(MachineClass *m)
{
    pc_q35_machine_898_0_options(m);
}
DEFINE_Q35_MACHINE(897, 0);
static void pc_q35_machine_898_0_options(MachineClass *m)
{
    pc_q35_machine_899_0_options(m);
}
DEFINE_Q35_MACHINE(898, 0);
static void pc_q35_machine_899_0_options(MachineClass *m)
{
    pc_q35_machine_900_0_options(m);
}
DEFINE_Q35_MACHINE(899, 0);
static void pc_q35_machine_900_0_options(MachineClass *m)
{
    pc_q35_machine_901_0_options(m);
}
DEFINE_Q35_MACHINE(900, 0);
static void pc_q35_machine_901_0_options(MachineClass *m)
{
    pc_q35_machine_902_0_options(m);
}
DEFINE_Q35_MACHINE(901, 0);
static void pc_q35_machine_902_0_options(MachineClass *m)
{
    pc_q35_machine_903_0_options(m);
}
DEFINE_Q35_MACHINE(902, 0);
static void pc_q35_machine_903_0_options(MachineClass *m)
{
    pc_q35_machine_904_0_options(m);
}
DEFINE_Q35_MACHINE(903, 0);
static void pc_q35_machine_904_0_options(MachineClass *m)
{
    pc_q35_machine_905_0_options(m);
}
DEFINE_Q35_MACHINE(904, 0);
static void pc_q35_machine_905_0_options(MachineClass *m)
{
    pc_q35_machine_906_0_options(m);
}
DEFINE_Q35_MACHINE(905, 0);
static void pc_q35_machine_906_0_options(MachineClass *m)
{
    pc_q35_machine_907_0_options(m);
}
DEFINE_Q35_MACHINE(906, 0);
static void pc_q35_machine_907_0_options(MachineClass *m)
{
    pc_q35_machine_908_0_options(m);
}
DEFINE_Q35_MACHINE(907, 0);
static void pc_q35_machine_908_0_options(MachineClass *m)
{
    pc_q35_machine_909_0_options(m);
}
DEFINE_Q35_MACHINE(908, 0);
static void pc_q35_machine_909_0_options(MachineClass *m)
{
    pc_q35_machine_910_0_options(m);
}
DEFINE_Q35_MACHINE(909, 0);
static void pc_q35_machine_910_0_options(MachineClass *m)
{
    pc_q35_machine_911_0_options(m);
}
DEFINE_Q35_MACHINE(910, 0);
static void pc_q35_machine_911_0_options(MachineClass *m)
{
    pc_q35_machine_912_0_options(m);
}
DEFINE_Q35_MACHINE(911, 0);
static void pc_q35_machine_912_0_options(MachineClass *m)
{
    pc_q35_machine_913_0_options(m);
}
DEFINE_Q35_MACHINE(912, 0);
static void pc_q35_machine_913_0_options(MachineClass *m)
{
    pc_q35_machine_914_0_options(m);
}
DEFINE_Q35_MACHINE(913, 0);
static void pc_q35_machine_914_0_options(MachineClass *m)
{
    pc_q35_machine_915_0_options(m);
}
DEFINE_Q35_MACHINE(914, 0);
static void pc_q35_machine_915_0_options(MachineClass *m)
{
    pc_q35_machine_916_0_options(m);
}
DEFINE_Q35_MACHINE(915, 0);
static void pc_q35_machine_916_0_options(MachineClass *m)
{
    pc_q35_machine_917_0_options(m);
}
DEFINE_Q35_MACHINE(916, 0);
static void pc_q35_machine_917_0_options(MachineClass *m)
{
    pc_q35_machine_918_0_options(m);
}
DEFINE_Q35_MACHINE(917, 0);
static void pc_q35_machine_918_0_options(MachineClass *m)
{
    pc_q35_machine_919_0_options(m);
}
DEFINE_Q35_MACHINE(918, 0);
static void pc_q35_machine_919_0_options(MachineClass *m)
{
    pc_q35_machine_920_0_options(m);
}
DEFINE_Q35_MACHINE(919, 0);
static void pc_q35_machine_920_0_options(MachineClass *m)
{
    pc_q35_machine_921_0_options(m);
}
DEFINE_Q35_MACHINE(920, 0);
static void pc_q35_machine_921_0_options(MachineClass *m)
{
    pc_q35_machine_922_0_options(m);
}
DEFINE_Q35_MACHINE(921, 0);
static void pc_q35_machine_922_0_options(MachineClass *m)
{
    pc_q35_machine_923_0_options(m);
}
DEFINE_Q35_MACHINE(922, 0);
static void pc_q35_machine_923_0_options(MachineClass *m)
{
    pc_q35_machine_924_0_options(m);
}
DEFINE_Q35_MACHINE(923, 0);
static void pc_q35_machine_924_0_options(MachineClass *m)
{
    pc_q35_machine_925_0_options(m);
}
DEFINE_Q35_MACHINE(924, 0);
static void pc_q35_machine_925_0_options(MachineClass *m)
{
    pc_q35_machine_926_0_options(m);
}
DEFINE_Q35_MACHINE(925, 0);
static void pc_q35_machine_926_0_options(MachineClass *m)
{
    pc_q35_machine_927_0_options(m);
}
DEFINE_Q35_MACHINE(926, 0);
static void pc_q35_machine_927_0_options(MachineClass *m)
{
    pc_q35_machine_928_0_options(m);
}
DEFINE_Q35_MACHINE(927, 0);
static void pc_q35_machine_928_0_options(MachineClass *m)
{
    pc_q35_machine_929_0_options(m);
}
DEFINE_Q35_MACHINE(928, 0);
static void pc_q35_machine_929_0_options(MachineClass *m)
{
    pc_q35_machine_930_0_options(m);
}
DEFINE_Q35_MACHINE(929, 0);
static void pc_q35_machine_930_0_options(MachineClass *m)
{
    pc_q35_machine_931_0_options(m);
}
DEFINE_Q35_MACHINE(930, 0);
static void pc_q35_machine_931_0_options(MachineClass *m)
{
    pc_q35_machine_932_0_options(m);
}
DEFINE_Q35_MACHINE(931, 0);
static void pc_q35_machine_932_0_options(MachineClass *m)
{
    pc_q35_machine_933_0_options(m);
}
DEFINE_Q35_MACHINE(932, 0);
static void pc_q35_machine_933_0_options(MachineClass *m)
{
    pc_q35_machine_934_0_options(m);
}
DEFINE_Q35_MACHINE(933, 0);
static void pc_q35_machine_934_0_options(MachineClass *m)
{
    pc_q35_machine_935_0_options(m);
}
DEFINE_Q35_MACHINE(934, 0);
static void pc_q35_machine_935_0_options(MachineClass *m)
{
    pc_q35_machine_936_0_options(m);
}
DEFINE_Q35_MACHINE(935, 0);
static void pc_q35_machine_936_0_options(MachineClass *m)
{
    pc_q35_machine_937_0_options(m);
}
DEFINE_Q35_MACHINE(936, 0);
static void pc_q35_machine_937_0_options(MachineClass *m)
{
    pc_q35_machine_938_0_options(m);
}
DEFINE_Q35_MACHINE(937, 0);
static void pc_q35_machine_938_0_options(MachineClass *m)
{
    pc_q35_machine_939_0_options(m);
}
DEFINE_Q35_MACHINE(938, 0);
static void pc_q35_machine_939_0_options(MachineClass *m)
{
    pc_q35_machine_940_0_options(m);
}
DEFINE_Q35_MACHINE(939, 0);
static void pc_q35_machine_940_0_options(MachineClass *m)
{
    pc_q35_machine_941_0_options(m);
}
DEFINE_Q35_MACHINE(940, 0);
static void pc_q35_machine_941_0_options(MachineClass *m)
{
    pc_q35_machine_942_0_options(m);
}
DEFINE_Q35_MACHINE(941, 0);
static void pc_q35_machine_942_0_options(MachineClass *m)
{
    pc_q35_machine_943_0_options(m);
}
DEFINE_Q35_MACHINE(942, 0);
static void pc_q35_machine_943_0_options(MachineClass *m)
{
    pc_q35_machine_944_0_options(m);
}
DEFINE_Q35_MACHINE(943, 0);
static void pc_q35_machine_944_0_options(MachineClass *m)
{
    pc_q35_machine_945_0_options(m);
}
DEFINE_Q35_MACHINE(944, 0);
static void pc_q35_machine_945_0_options(MachineClass *m)
{
    pc_q35_machine_946_0_options(m);
}
DEFINE_Q35_MACHINE(945, 0);
static void pc_q35_machine_946_0_options(MachineClass *m)
{
    pc_q35_machine_947_0_options(m);
}
DEFINE_Q35_MACHINE(946, 0);
static void pc_q35_machine_947_0_options(MachineClass *m)
{
    pc_q35_machine_948_0_options(m);
}
DEFINE_Q35_MACHINE(947, 0);
static void pc_q35_machine_948_0_options(MachineClass *m)
{
    pc_q35_machine_949_0_options(m);
}
DEFINE_Q35_MACHINE(948, 0);
static void pc_q35_machine_949_0_options(MachineClass *m)
{
    pc_q35_machine_950_0_options(m);
}
DEFINE_Q35_MACHINE(949, 0);
static void pc_q35_machine_950_0_options(MachineClass *m)
{
    pc_q35_machine_951_0_options(m);
}
DEFINE_Q35_MACHINE(950, 0);
static void pc_q35_machine_951_0_options(MachineClass *m)
{
    pc_q35_machine_952_0_options(m);
}
DEFINE_Q35_MACHINE(951, 0);
static void pc_q35_machine_952_0_options(MachineClass *m)
{
    pc_q35_machine_953_0_options(m);
}
DEFINE_Q35_MACHINE(952, 0);
static void pc_q35_machine_953_0_options(MachineClass *m)
{
    pc_q35_machine_954_0_options(m);
}
DEFINE_Q35_MACHINE(953, 0);
static void pc_q35_machine_954_0_options(MachineClass *m)
{
    pc_q35_machine_955_0_options(m);
}
DEFINE_Q35_MACHINE(954, 0);
static void pc_q35_machine_955_0_options(MachineClass *m)
{
    pc_q35_machine_956_0_options(m);
}
DEFINE_Q35_MACHINE(955, 0);
static void pc_q35_machine_956_0_options(MachineClass *m)
{
    pc_q35_machine_957_0_options(m);
}
DEFINE_Q35_MACHINE(956, 0);
static void pc_q35_machine_957_0_options(MachineClass *m)
{
    pc_q35_machine_958_0_options(m);
}
DEFINE_Q35_MACHINE(957, 0);
static void pc_q35_machine_958_0_options(MachineClass *m)
{
    pc_q35_machine_959_0_options(m);
}
DEFINE_Q35_MACHINE(958, 0);
static void pc_q35_machine_959_0_options(MachineClass *m)
{
    pc_q35_machine_960_0_options(m);
}
DEFINE_Q35_MACHINE(959, 0);
static void pc_q35_machine_960_0_options(MachineClass *m)
{
    pc_q35_machine_961_0_options(m);
}
DEFINE_Q35_MACHINE(960, 0);
static void pc_q35_machine_961_0_options(MachineClass *m)
{
    pc_q35_machine_962_0_options(m);
}
DEFINE_Q35_MACHINE(961, 0);
static void pc_q35_machine_962_0_options(MachineClass *m)
{
    pc_q35_machine_963_0_options(m);
}
DEFINE_Q35_MACHINE(962, 0);
static void pc_q35_machine_963_0_options(MachineClass *m)
{
    pc_q35_machine_964_0_options(m);
}
DEFINE_Q35_MACHINE(963, 0);
static void pc_q35_machine_964_0_options(MachineClass *m)
{
    pc_q35_machine_965_0_options(m);
}
DEFINE_Q35_MACHINE(964, 0);
static void pc_q35_machine_965_0_options(MachineClass *m)
{
    pc_q35_machine_966_0_options(m);
}
DEFINE_Q35_MACHINE(965, 0);
static void pc_q35_machine_966_0_options(MachineClass *m)
{
    pc_q35_machine_967_0_options(m);
}
DEFINE_Q35_MACHINE(966, 0);
static void pc_q35_machine_967_0_options(MachineClass *m)
{
    pc_q35_machine_968_0_options(m);
}
DEFINE_Q35_MACHINE(967, 0);
static void pc_q35_machine_968_0_options(MachineClass *m)
{
    pc_q35_machine_969_0_options(m);
}
DEFINE_Q35_MACHINE(968, 0);
static void pc_q35_machine_969_0_options(MachineClass *m)
{
    pc_q35_machine_970_0_options(m);
}
DEFINE_Q35_MACHINE(969, 0);
static void pc_q35_machine_970_0_options(MachineClass *m)
{
    pc_q35_machine_971_0_options(m);
}
DEFINE_Q35_MACHINE(970, 0);
static void pc_q35_machine_971_0_options(MachineClass *m)
{
    pc_q35_machine_972_0_options(m);
}
DEFINE_Q35_MACHINE(971, 0);
static void pc_q35_machine_972_0_options(MachineClass *m)
{
    pc_q35_machine_973_0_options(m);
}
DEFINE_Q35_MACHINE(972, 0);
static void pc_q35_machine_973_0_options(MachineClass *m)
{
    pc_q35_machine_974_0_options(m);
}
DEFINE_Q35_MACHINE(973, 0);
static void pc_q35_machine_974_0_options(MachineClass *m)
{
    pc_q35_machine_975_0_options(m);
}
DEFINE_Q35_MACHINE(974, 0);
static void pc_q35_machine_975_0_options(MachineClass *m)
{
    pc_q35_machine_976_0_options(m);
}
DEFINE_Q35_MACHINE(975, 0);
static void pc_q35_machine_976_0_options(MachineClass *m)
{
    pc_q35_machine_977_0_options(m);
}
DEFINE_Q35_MACHINE(976, 0);
static void pc_q35_machine_977_0_options(MachineClass *m)
{
    pc_q35_machine_978_0_options(m);
}
DEFINE_Q35_MACHINE(977, 0);
static void pc_q35_machine_978_0_options(MachineClass *m)
{
    pc_q35_machine_979_0_options(m);
}
DEFINE_Q35_MACHINE(978, 0);
static void pc_q35_machine_979_0_options(MachineClass *m)
{
    pc_q35_machine_980_0_options(m);
}
DEFINE_Q35_MACHINE(979, 0);
static void pc_q35_machine_980_0_options(MachineClass *m)
{
    pc_q35_machine_981_0_options(m);
}
DEFINE_Q35_MACHINE(980, 0);
static void pc_q35_machine_981_0_options(MachineClass *m)
{
    pc_q35_machine_982_0_options(m);
}
DEFINE_Q35_MACHINE(981, 0);
static void pc_q35_machine_982_0_options(MachineClass *m)
{
    pc_q35_machine_983_0_options(m);
}
DEFINE_Q35_MACHINE(982, 0);
static void pc_q35_machine_983_0_options(MachineClass *m)
{
    pc_q35_machine_984_0_options(m);
}
DEFINE_Q35_MACHINE(983, 0);
static void pc_q35_machine_984_0_options(MachineClass *m)
{
    pc_q35_machine_985_0_options(m);
}
DEFINE_Q35_MACHINE(984, 0);
static void pc_q35_machine_985_0_options(MachineClass *m)
{
    pc_q35_machine_986_0_options(m);
}
DEFINE_Q35_MACHINE(985, 0);
static void pc_q35_machine_986_0_options(MachineClass *m)
{
    pc_q35_machine_987_0_options(m);
}
DEFINE_Q35_MACHINE(986, 0);
static void pc_q35_machine_987_0_options(MachineClass *m)
{
    pc_q35_machine_988_0_options(m);
}
DEFINE_Q35_MACHINE(987, 0);
static void pc_q35_machine_988_0_options(MachineClass *m)
{
    pc_q35_machine_989_0_options(m);
}
DEFINE_Q35_MACHINE(988, 0);
static void pc_q35_machine_989_0_options(MachineClass *m)
{
    pc_q35_machine_990_0_options(m);
}
DEFINE_Q35_MACHINE(989, 0);
static void pc_q35_machine_990_0_options(MachineClass *m)
{
    pc_q35_machine_991_0_options(m);
}
DEFINE_Q35_MACHINE(990, 0);
static void pc_q35_machine_991_0_options(MachineClass *m)
{
    pc_q35_machine_992_0_options(m);
}
DEFINE_Q35_MACHINE(991, 0);
static void pc_q35_machine_992_0_options(MachineClass *m)
{
    pc_q35_machine_993_0_options(m);
}
DEFINE_Q35_MACHINE(992, 0);
static void pc_q35_machine_993_0_options(MachineClass *m)
{
    pc_q35_machine_994_0_options(m);
}
DEFINE_Q35_MACHINE(993, 0);
static void pc_q35_machine_994_0_options(MachineClass *m)
{
    pc_q35_machine_995_0_options(m);
}
DEFINE_Q35_MACHINE(994, 0);
static void pc_q35_machine_995_0_options(MachineClass *m)
{
    pc_q35_machine_996_0_options(m);
}
DEFINE_Q35_MACHINE(995, 0);
static void pc_q35_machine_996_0_options(MachineClass *m)
{
    pc_q35_machine_997_0_options(m);
}
DEFINE_Q35_MACHINE(996, 0);
static void pc_q35_machine_997_0_options(MachineClass *m)
{
    pc_q35_machine_998_0_options(m);
}
DEFINE_Q35_MACHINE(997, 0);
static void pc_q35_machine_998_0_options(MachineClass *m)
{
    pc_q35_machine_999_0_options(m);
}
DEFINE_Q35_MACHINE(998, 0);
static void pc_q35_machine_999_0_options(MachineClass *m)
{
    pc_q35_machine_1000_0_options(m);
}
DEFINE_Q35_MACHINE(999, 0);
static void pc_q35_machine_1000_0_options(MachineClass *m)
{
    pc_q35_machine_1001_0_options(m);
}
DEFINE_Q35_MACHINE(1000, 0);
static void pc_q35_machine_1001_0_options(MachineClass *m)
{
    pc_q35_machine_1002_0_options(m);
}
DEFINE_Q35_MACHINE(1001, 0);
static void pc_q35_machine_1002_0_options(MachineClass *m)
{
    pc_q35_machine_1003_0_options(m);
}
DEFINE_Q35_MACHINE(1002, 0);
static void pc_q35_machine_1003_0_options(MachineClass *m)
{
    pc_q35_machine_1004_0_options(m);
}
DEFINE_Q35_MACHINE(1003, 0);
static void pc_q35_machine_1004_0_options(MachineClass *m)
{
    pc_q35_machine_1005_0_options(m);
}
DEFINE_Q35_MACHINE(1004, 0);
static void pc_q35_machine_1005_0_options(MachineClass *m)
{
    pc_q35_machine_1006_0_options(m);
}
DEFINE_Q35_MACHINE(1005, 0);
static void pc_q35_machine_1006_0_options(MachineClass *m)
{
    pc_q35_machine_1007_0_options(m);
}
DEFINE_Q35_MACHINE(1006, 0);
static void pc_q35_machine_1007_0_options(MachineClass *m)
{
    pc_q35_machine_1008_0_options(m);
}
DEFINE_Q35_MACHINE(1007, 0);
static void pc_q35_machine_1008_0_options(MachineClass *m)
{
    pc_q35_machine_1009_0_options(m);
}
DEFINE_Q35_MACHINE(1008, 0);
static void pc_q35_machine_1009_0_options(MachineClass *m)
{
    pc_q35_machine_1010_0_options(m);
}
DEFINE_Q35_MACHINE(1009, 0);
static void pc_q35_machine_1010_0_options(MachineClass *m)
{
    pc_q35_machine_1011_0_options(m);
}
DEFINE_Q35_MACHINE(1010, 0);
static void pc_q35_machine_1011_0_options(MachineClass *m)
{
    pc_q35_machine_1012_0_options(m);
}
DEFINE_Q35_MACHINE(1011, 0);
static void pc_q35_machine_1012_0_options(MachineClass *m)
{
    pc_q35_machine_1013_0_options(m);
}
DEFINE_Q35_MACHINE(1012, 0);
static void pc_q35_machine_1013_0_options(MachineClass *m)
{
    pc_q35_machine_1014_0_options(m);
}
DEFINE_Q35_MACHINE(1013, 0);
static void pc_q35_machine_1014_0_options(MachineClass *m)
{
    pc_q35_machine_1015_0_options(m);
}
DEFINE_Q35_MACHINE(1014, 0);
static void pc_q35_machine_1015_0_options(MachineClass *m)
{
    pc_q35_machine_1016_0_options(m);
}
DEFINE_Q35_MACHINE(1015, 0);
static void pc_q35_machine_1016_0_options(MachineClass *m)
{
    pc_q35_machine_1017_0_options(m);
}
DEFINE_Q35_MACHINE(1016, 0);
static void pc_q35_machine_1017_0_options(MachineClass *m)
{
    pc_q35_machine_1018_0_options(m);
}
DEFINE_Q35_MACHINE(1017, 0);
static void pc_q35_machine_1018_0_options(MachineClass *m)
{
    pc_q35_machine_1019_0_options(m);
}
DEFINE_Q35_MACHINE(1018, 0);
static void pc_q35_machine_1019_0_options(MachineClass *m)
{
    pc_q35_machine_1020_0_options(m);
}
DEFINE_Q35_MACHINE(1019, 0);
static void pc_q35_machine_1020_0_options(MachineClass *m)
{
    pc_q35_machine_1021_0_options(m);
}
DEFINE_Q35_MACHINE(1020, 0);
static void pc_q35_machine_1021_0_options(MachineClass *m)
{
    pc_q35_machine_1022_0_options(m);
}
DEFINE_Q35_MACHINE(1021, 0);
static void pc_q35_machine_1022_0_options(MachineClass *m)
{
    pc_q35_machine_1023_0_options(m);
}
DEFINE_Q35_MACHINE(1022, 0);
static void pc_q35_machine_1023_0_options(MachineClass *m)
{
    pc_q35_machine_1024_0_options(m);
}
DEFINE_Q35_MACHINE(1023, 0);
static void pc_q35_machine_1024_0_options(MachineClass *m)
{
    pc_q35_machine_1025_0_options(m);
}
DEFINE_Q35_MACHINE(1024, 0);
static void pc_q35_machine_1025_0_options(MachineClass *m)
{
    pc_q35_machine_1026_0_options(m);
}
DEFINE_Q35_MACHINE(1025, 0);
static void pc_q35_machine_1026_0_options(MachineClass *m)
{
    pc_q35_machine_1027_0_options(m);
}
DEFINE_Q35_MACHINE(1026, 0);
static void pc_q35_machine_1027_0_options(MachineClass *m)
{
    pc_q35_machine_1028_0_options(m);
}
DEFINE_Q35_MACHINE(1027, 0);
static void pc_q35_machine_1028_0_options(MachineClass *m)
{
    pc_q35_machine_1029_0_options(m);
}
DEFINE_Q35_MACHINE(1028, 0);
static void pc_q35_machine_1029_0_options(MachineClass *m)
{
    pc_q35_machine_1030_0_options(m);
}
DEFINE_Q35_MACHINE(1029, 0);
static void pc_q35_machine_1030_0_options(MachineClass *m)
{
    pc_q35_machine_1031_0_options(m);
}
DEFINE_Q35_MACHINE(1030, 0);
static void pc_q35_machine_1031_0_options(MachineClass *m)
{
    pc_q35_machine_1032_0_options(m);
}
DEFINE_Q35_MACHINE(1031, 0);
static void pc_q35_machine_1032_0_options(MachineClass *m)
{
    pc_q35_machine_1033_0_options(m);
}
DEFINE_Q35_MACHINE(1032, 0);
static void pc_q35_machine_1033_0_options(MachineClass *m)
{
    pc_q35_machine_1034_0_options(m);
}
DEFINE_Q35_MACHINE(1033, 0);
static void pc_q35_machine_1034_0_options(MachineClass *m)
{
    pc_q35_machine_1035_0_options(m);
}
DEFINE_Q35_MACHINE(1034, 0);
static void pc_q35_machine_1035_0_options(MachineClass *m)
{
    pc_q35_machine_1036_0_options(m);
}
DEFINE_Q35_MACHINE(1035, 0);
static void pc_q35_machine_1036_0_options(MachineClass *m)
{
    pc_q35_machine_1037_0_options(m);
}
DEFINE_Q35_MACHINE(1036, 0);
static void pc_q35_machine_1037_0_options(MachineClass *m)
{
    pc_q35_machine_1038_0_options(m);
}
DEFINE_Q35_MACHINE(1037, 0);
static void pc_q35_machine_1038_0_options(MachineClass *m)
{
    pc_q35_machine_1039_0_options(m);
}
DEFINE_Q35_MACHINE(1038, 0);
static void pc_q35_machine_1039_0_options(MachineClass *m)
{
    pc_q35_machine_1040_0_options(m);
}
DEFINE_Q35_MACHINE(1039, 0);
static void pc_q35_machine_1040_0_options(MachineClass *m)
{
    pc_q35_machine_1041_0_options(m);
}
DEFINE_Q35_MACHINE(1040, 0);
static void pc_q35_machine_1041_0_options(MachineClass *m)
{
    pc_q35_machine_1042_0_options(m);
}
DEFINE_Q35_MACHINE(1041, 0);
static void pc_q35_machine_1042_0_options(MachineClass *m)
{
    pc_q35_machine_1043_0_options(m);
}
DEFINE_Q35_MACHINE(1042, 0);
static void pc_q35_machine_1043_0_options(MachineClass *m)
{
    pc_q35_machine_1044_0_options(m);
}
DEFINE_Q35_MACHINE(1043, 0);
static void pc_q35_machine_1044_0_options(MachineClass *m)
{
    pc_q35_machine_1045_0_options(m);
}
DEFINE_Q35_MACHINE(1044, 0);
static void pc_q35_machine_1045_0_options(MachineClass *m)
{
    pc_q35_machine_1046_0_options(m);
}
DEFINE_Q35_MACHINE(1045, 0);
static void pc_q35_machine_1046_0_options(MachineClass *m)
{
    pc_q35_machine_1047_0_options(m);
}
DEFINE_Q35_MACHINE(1046, 0);
static void pc_q35_machine_1047_0_options(MachineClass *m)
{
    pc_q35_machine_1048_0_options(m);
}
DEFINE_Q35_MACHINE(1047, 0);
static void pc_q35_machine_1048_0_options(MachineClass *m)
{
    pc_q35_machine_1049_0_options(m);
}
DEFINE_Q35_MACHINE(1048, 0);
static void pc_q35_machine_1049_0_options(MachineClass *m)
{
    pc_q35_machine_1050_0_options(m);
}
DEFINE_Q35_MACHINE(1049, 0);
static void pc_q35_machine_1050_0_options(MachineClass *m)
{
    pc_q35_machine_1051_0_options(m);
}
DEFINE_Q35_MACHINE(1050, 0);
static void pc_q35_machine_1051_0_options(MachineClass *m)
{
    pc_q35_machine_1052_0_options(m);
}
DEFINE_Q35_MACHINE(1051, 0);
static void pc_q35_machine_1052_0_options(MachineClass *m)
{
    pc_q35_machine_1053_0_options(m);
}
DEFINE_Q35_MACHINE(1052, 0);
static void pc_q35_machine_1053_0_options(MachineClass *m)
{
    pc_q35_machine_1054_0_options(m);
}
DEFINE_Q35_MACHINE(1053, 0);
static void pc_q35_machine_1054_0_options(MachineClass *m)
{
    pc_q35_machine_1055_0_options(m);
}
DEFINE_Q35_MACHINE(1054, 0);
static void pc_q35_machine_1055_0_options(MachineClass *m)
{
    pc_q35_machine_1056_0_options(m);
}
DEFINE_Q35_MACHINE(1055, 0);
static void pc_q35_machine_1056_0_options(MachineClass *m)
{
    pc_q35_machine_1057_0_options(m);
}
DEFINE_Q35_MACHINE(1056, 0);
static void pc_q35_machine_1057_0_options(MachineClass *m)
{
    pc_q35_machine_1058_0_options(m);
}
DEFINE_Q35_MACHINE(1057, 0);
static void pc_q35_machine_1058_0_options(MachineClass *m)
{
    pc_q35_machine_1059_0_options(m);
}
DEFINE_Q35_MACHINE(1058, 0);
static void pc_q35_machine_1059_0_options(MachineClass *m)
{
    pc_q35_machine_1060_0_options(m);
}
DEFINE_Q35_MACHINE(1059, 0);
static void pc_q35_machine_1060_0_options(MachineClass *m)
{
    pc_q35_machine_1061_0_options(m);
}
DEFINE_Q35_MACHINE(1060, 0);
static void pc_q35_machine_1061_0_options(MachineClass *m)
{
    pc_q35_machine_1062_0_options(m);
}
DEFINE_Q35_MACHINE(1061, 0);
static void pc_q35_machine_1062_0_options(MachineClass *m)
{
    pc_q35_machine_1063_0_options(m);
}
DEFINE_Q35_MACHINE(1062, 0);
static void pc_q35_machine_1063_0_options(MachineClass *m)
{
    pc_q35_machine_1064_0_options(m);
}
DEFINE_Q35_MACHINE(1063, 0);
static void pc_q35_machine_1064_0_options(MachineClass *m)
{
    pc_q35_machine_1065_0_options(m);
}
DEFINE_Q35_MACHINE(1064, 0);
static void pc_q35_machine_1065_0_options(MachineClass *m)
{
    pc_q35_machine_1066_0_options(m);
}
DEFINE_Q35_MACHINE(1065, 0);
static void pc_q35_machine_1066_0_options(MachineClass *m)
{
    pc_q35_machine_1067_0_options(m);
}
DEFINE_Q35_MACHINE(1066, 0);
static void pc_q35_machine_1067_0_options(MachineClass *m)
{
    pc_q35_machine_1068_0_options(m);
}
DEFINE_Q35_MACHINE(1067, 0);
static void pc_q35_machine_1068_0_options(MachineClass *m)
{
    pc_q35_machine_1069_0_options(m);
}
DEFINE_Q35_MACHINE(1068, 0);
static void pc_q35_machine_1069_0_options(MachineClass *m)
{
    pc_q35_machine_1070_0_options(m);
}
DEFINE_Q35_MACHINE(1069, 0);
static void pc_q35_machine_1070_0_options(MachineClass *m)
{
    pc_q35_machine_1071_0_options(m);
}
DEFINE_Q35_MACHINE(1070, 0);
static void pc_q35_machine_1071_0_options(MachineClass *m)
{
    pc_q35_machine_1072_0_options(m);
}
DEFINE_Q35_MACHINE(1071, 0);
static void pc_q35_machine_1072_0_options(MachineClass *m)
{
    pc_q35_machine_1073_0_options(m);
}
DEFINE_Q35_MACHINE(1072, 0);
static void pc_q35_machine_1073_0_options(MachineClass *m)
{
    pc_q35_machine_1074_0_options(m);
}
DEFINE_Q35_MACHINE(1073, 0);
static void pc_q35_machine_1074_0_options(MachineClass *m)
{
    pc_q35_machine_1075_0_options(m);
}
DEFINE_Q35_MACHINE(1074, 0);
static void pc_q35_machine_1075_0_options(MachineClass *m)
{
    pc_q35_machine_1076_0_options(m);
}
DEFINE_Q35_MACHINE(1075, 0);
static void pc_q35_machine_1076_0_options(MachineClass *m)
{
    pc_q35_machine_1077_0_options(m);
}
DEFINE_Q35_MACHINE(1076, 0);
static void pc_q35_machine_1077_0_options(MachineClass *m)
{
    pc_q35_machine_1078_0_options(m);
}
DEFINE_Q35_MACHINE(1077, 0);
static void pc_q35_machine_1078_0_options(MachineClass *m)
{
    pc_q35_machine_1079_0_options(m);
}
DEFINE_Q35_MACHINE(1078, 0);
static void pc_q35_machine_1079_0_options(MachineClass *m)
{
    pc_q35_machine_1080_0_options(m);
}
DEFINE_Q35_MACHINE(1079, 0);
static void pc_q35_machine_1080_0_options(MachineClass *m)
{
    pc_q35_machine_1081_0_options(m);
}
DEFINE_Q35_MACHINE(1080, 0);
static void pc_q35_machine_1081_0_options(MachineClass *m)
{
    pc_q35_machine_1082_0_options(m);
}
DEFINE_Q35_MACHINE(1081, 0);
static void pc_q35_machine_1082_0_options(MachineClass *m)
{
    pc_q35_machine_1083_0_options(m);
}
DEFINE_Q35_MACHINE(1082, 0);
static void pc_q35_machine_1083_0_options(MachineClass *m)
{
    pc_q35_machine_1084_0_options(m);
}
DEFINE_Q35_MACHINE(1083, 0);
static void pc_q35_machine_1084_0_options(MachineClass *m)
{
    pc_q35_machine_1085_0_options(m);
}
DEFINE_Q35_MACHINE(1084, 0);
static void pc_q35_machine_1085_0_options(MachineClass *m)
{
    pc_q35_machine_1086_0_options(m);
}
DEFINE_Q35_MACHINE(1085, 0);
static void pc_q35_machine_1086_0_options(MachineClass *m)
{
    pc_q35_machine_1087_0_options(m);
}
DEFINE_Q35_MACHINE(1086, 0);
static void pc_q35_machine_1087_0_options(MachineClass *m)
{
    pc_q35_machine_1088_0_options(m);
}
DEFINE_Q35_MACHINE(1087, 0);
static void pc_q35_machine_1088_0_options(MachineClass *m)
{
    pc_q35_machine_1089_0_options(m);
}
DEFINE_Q35_MACHINE(1088, 0);
static void pc_q35_machine_1089_0_options(MachineClass *m)
{
    pc_q35_machine_1090_0_options(m);
}
DEFINE_Q35_MACHINE(1089, 0);
static void pc_q35_machine_1090_0_options(MachineClass *m)
{
    pc_q35_machine_1091_0_options(m);
}
DEFINE_Q35_MACHINE(1090, 0);
static void pc_q35_machine_1091_0_options(MachineClass *m)
{
    pc_q35_machine_1092_0_options(m);
}
DEFINE_Q35_MACHINE(1091, 0);
static void pc_q35_machine_1092_0_options(MachineClass *m)
{
    pc_q35_machine_1093_0_options(m);
}
DEFINE_Q35_MACHINE(1092, 0);
static void pc_q35_machine_1093_0_options(MachineClass *m)
{
    pc_q35_machine_1094_0_options(m);
}
DEFINE_Q35_MACHINE(1093, 0);
static void pc_q35_machine_1094_0_options(MachineClass *m)
{
    pc_q35_machine_1095_0_options(m);
}
DEFINE_Q35_MACHINE(1094, 0);
static void pc_q35_machine_1095_0_options(MachineClass *m)
{
    pc_q35_machine_1096_0_options(m);
}
DEFINE_Q35_MACHINE(1095, 0);
static void pc_q35_machine_1096_0_options(MachineClass *m)
{
    pc_q35_machine_1097_0_options(m);
}
DEFINE_Q35_MACHINE(1096, 0);
static void pc_q35_machine_1097_0_options(MachineClass *m)
{
    pc_q35_machine_1098_0_options(m);
}
DEFINE_Q35_MACHINE(1097, 0);
static void pc_q35_machine_1098_0_options(MachineClass *m)
{
    pc_q35_machine_1099_0_options(m);
}
DEFINE_Q35_MACHINE(1098, 0);
static void pc_q35_machine_1099_0_options(MachineClass *m)
{
    pc_q35_machine_1100_0_options(m);
}
DEFINE_Q35_MACHINE(1099, 0);
static void pc_q35_machine_1100_0_options(MachineClass *m)
{
    pc_q35_machine_1101_0_options(m);
}
DEFINE_Q35_MACHINE(1100, 0);
static void pc_q35_machine_1101_0_options(MachineClass *m)
{
    pc_q35_machine_1102_0_options(m);
}
DEFINE_Q35_MACHINE(1101, 0);
static void pc_q35_machine_1102_0_options(MachineClass *m)
{
    pc_q35_machine_1103_0_options(m);
}
DEFINE_Q35_MACHINE(1102, 0);
static void pc_q35_machine_1103_0_options(MachineClass *m)
{
    pc_q35_machine_1104_0_options(m);
}
DEFINE_Q35_MACHINE(1103, 0);
static void pc_q35_machine_1104_0_options(MachineClass *m)
{
    pc_q35_machine_1105_0_options(m);
}
DEFINE_Q35_MACHINE(1104, 0);
static void pc_q35_machine_1105_0_options(MachineClass *m)
{
    pc_q35_machine_1106_0_options(m);
}
DEFINE_Q35_MACHINE(1105, 0);
static void pc_q35_machine_1106_0_options(MachineClass *m)
{
    pc_q35_machine_1107_0_options(m);
}
DEFINE_Q35_MACHINE(1106, 0);
static void pc_q35_machine_1107_0_options(MachineClass *m)
{
    pc_q35_machine_1108_0_options(m);
}
DEFINE_Q35_MACHINE(1107, 0);
static void pc_q35_machine_1108_0_options(MachineClass *m)
{
    pc_q35_machine_1109_0_options(m);
}
DEFINE_Q35_MACHINE(1108, 0);
static void pc_q35_machine_1109_0_options(MachineClass *m)
{
    pc_q35_machine_1110_0_options(m);
}
DEFINE_Q35_MACHINE(1109, 0);
static void pc_q35_machine_1110_0_options(MachineClass *m)
{
    pc_q35_machine_1111_0_options(m);
}
DEFINE_Q35_MACHINE(1110, 0);
static void pc_q35_machine_1111_0_options(MachineClass *m)
{
    pc_q35_machine_1112_0_options(m);
}
DEFINE_Q35_MACHINE(1111, 0);
static void pc_q35_machine_1112_0_options(MachineClass *m)
{
    pc_q35_machine_1113_0_options(m);
}
DEFINE_Q35_MACHINE(1112, 0);
static void pc_q35_machine_1113_0_options(MachineClass *m)
{
    pc_q35_machine_1114_0_options(m);
}
DEFINE_Q35_MACHINE(1113, 0);
static void pc_q35_machine_1114_0_options(MachineClass *m)
{
    pc_q35_machine_1115_0_options(m);
}
DEFINE_Q35_MACHINE(1114, 0);
static void pc_q35_machine_1115_0_options(MachineClass *m)
{
    pc_q35_machine_1116_0_options(m);
}
DEFINE_Q35_MACHINE(1115, 0);
static void pc_q35_machine_1116_0_options(MachineClass *m)
{
    pc_q35_machine_1117_0_options(m);
}
DEFINE_Q35_MACHINE(1116, 0);
static void pc_q35_machine_1117_0_options(MachineClass *m)
{
    pc_q35_machine_1118_0_options(m);
}
DEFINE_Q35_MACHINE(1117, 0);
static void pc_q35_machine_1118_0_options(MachineClass *m)
{
    pc_q35_machine_1119_0_options(m);
}
DEFINE_Q35_MACHINE(1118, 0);
static void pc_q35_machine_1119_0_options(MachineClass *m)
{
    pc_q35_machine_1120_0_options(m);
}
DEFINE_Q35_MACHINE(1119, 0);
static void pc_q35_machine_1120_0_options(MachineClass *m)
{
    pc_q35_machine_1121_0_options(m);
}
DEFINE_Q35_MACHINE(1120, 0);
static void pc_q35_machine_1121_0_options(MachineClass *m)
{
    pc_q35_machine_1122_0_options(m);
}
DEFINE_Q35_MACHINE(1121, 0);
static void pc_q35_machine_1122_0_options(MachineClass *m)
{
    pc_q35_machine_1123_0_options(m);
}
DEFINE_Q35_MACHINE(1122, 0);
static void pc_q35_machine_1123_0_options(MachineClass *m)
{
    pc_q35_machine_1124_0_options(m);
}
DEFINE_Q35_MACHINE(1123, 0);
static void pc_q35_machine_1124_0_options(MachineClass *m)
{
    pc_q35_machine_1125_0_options(m);
}
DEFINE_Q35_MACHINE(1124, 0);
static void pc_q35_machine_1125_0_options(MachineClass *m)
{
    pc_q35_machine_1126_0_options(m);
}
DEFINE_Q35_MACHINE(1125, 0);
static void pc_q35_machine_1126_0_options(MachineClass *m)
{
    pc_q35_machine_1127_0_options(m);
}
DEFINE_Q35_MACHINE(1126, 0);
static void pc_q35_machine_1127_0_options(MachineClass *m)
{
    pc_q35_machine_1128_0_options(m);
}
DEFINE_Q35_MACHINE(1127, 0);
static void pc_q35_machine_1128_0_options(MachineClass *m)
{
    pc_q35_machine_1129_0_options(m);
}
DEFINE_Q35_MACHINE(1128, 0);
static void pc_q35_machine_1129_0_options(MachineClass *m)
{
    pc_q35_machine_1130_0_options(m);
}
DEFINE_Q35_MACHINE(1129, 0);
static void pc_q35_machine_1130_0_options(MachineClass *m)
{
    pc_q35_machine_1131_0_options(m);
}
DEFINE_Q35_MACHINE(1130, 0);
static void pc_q35_machine_1131_0_options(MachineClass *m)
{
    pc_q35_machine_1132_0_options(m);
}
DEFINE_Q35_MACHINE(1131, 0);
static void pc_q35_machine_1132_0_options(MachineClass *m)
{
    pc_q35_machine_1133_0_options(m);
}
DEFINE_Q35_MACHINE(1132, 0);
static void pc_q35_machine_1133_0_options(MachineClass *m)
{
    pc_q35_machine_1134_0_options(m);
}
DEFINE_Q35_MACHINE(1133, 0);
static void pc_q35_machine_1134_0_options(MachineClass *m)
{
    pc_q35_machine_1135_0_options(m);
}
DEFINE_Q35_MACHINE(1134, 0);
static void pc_q35_machine_1135_0_options(MachineClass *m)
{
    pc_q35_machine_1136_0_options(m);
}
DEFINE_Q35_MACHINE(1135, 0);
static void pc_q35_machine_1136_0_options(MachineClass *m)
{
    pc_q35_machine_1137_0_options(m);
}
DEFINE_Q35_MACHINE(1136, 0);
static void pc_q35_machine_1137_0_options(MachineClass *m)
{
    pc_q35_machine_1138_0_options(m);
}
DEFINE_Q35_MACHINE(1137, 0);
static void pc_q35_machine_1138_0_options(MachineClass *m)
{
    pc_q35_machine_1139_0_options(m);
}
DEFINE_Q35_MACHINE(1138, 0);
static void pc_q35_machine_1139_0_options(MachineClass *m)
{
    pc_q35_machine_1140_0_options(m);
}
DEFINE_Q35_MACHINE(1139, 0);
static void pc_q35_machine_1140_0_options(MachineClass *m)
{
    pc_q35_machine_1141_0_options(m);
}
DEFINE_Q35_MACHINE(1140, 0);
static void pc_q35_machine_1141_0_options(MachineClass *m)
{
    pc_q35_machine_1142_0_options(m);
}
DEFINE_Q35_MACHINE(1141, 0);
static void pc_q35_machine_1142_0_options(MachineClass *m)
{
    pc_q35_machine_1143_0_options(m);
}
DEFINE_Q35_MACHINE(1142, 0);
static void pc_q35_machine_1143_0_options(MachineClass *m)
{
    pc_q35_machine_1144_0_options(m);
}
DEFINE_Q35_MACHINE(1143, 0);
static void pc_q35_machine_1144_0_options(MachineClass *m)
{
    pc_q35_machine_1145_0_options(m);
}
DEFINE_Q35_MACHINE(1144, 0);
static void pc_q35_machine_1145_0_options(MachineClass *m)
{
    pc_q35_machine_1146_0_options(m);
}
DEFINE_Q35_MACHINE(1145, 0);
static void pc_q35_machine_1146_0_options(MachineClass *m)
{
    pc_q35_machine_1147_0_options(m);
}
DEFINE_Q35_MACHINE(1146, 0);
static void pc_q35_machine_1147_0_options(MachineClass *m)
{
    pc_q35_machine_1148_0_options(m);
}
DEFINE_Q35_MACHINE(1147, 0);
static void pc_q35_machine_1148_0_options(MachineClass *m)
{
    pc_q35_machine_1149_0_options(m);
}
DEFINE_Q35_MACHINE(1148, 0);
static void pc_q35_machine_1149_0_options(MachineClass *m)
{
    pc_q35_machine_1150_0_options(m);
}
DEFINE_Q35_MACHINE(1149, 0);
static void pc_q35_machine_1150_0_options(MachineClass *m)
{
    pc_q35_machine_1151_0_options(m);
}
DEFINE_Q35_MACHINE(1150, 0);
static void pc_q35_machine_1151_0_options(MachineClass *m)
{
    pc_q35_machine_1152_0_options(m);
}
DEFINE_Q35_MACHINE(1151, 0);
static void pc_q35_machine_1152_0_options(MachineClass *m)
{
    pc_q35_machine_1153_0_options(m);
}
DEFINE_Q35_MACHINE(1152, 0);
static void pc_q35_machine_1153_0_options(MachineClass *m)
{
    pc_q35_machine_1154_0_options(m);
}
DEFINE_Q35_MACHINE(1153, 0);
static void pc_q35_machine_1154_0_options(MachineClass *m)
{
    pc_q35_machine_1155_0_options(m);
}
DEFINE_Q35_MACHINE(1154, 0);
static void pc_q35_machine_1155_0_options(MachineClass *m)
{
    pc_q35_machine_1156_0_options(m);
}
DEFINE_Q35_MACHINE(1155, 0);
static void pc_q35_machine_1156_0_options(MachineClass *m)
{
    pc_q35_machine_1157_0_options(m);
}
DEFINE_Q35_MACHINE(1156, 0);
static void pc_q35_machine_1157_0_options(MachineClass *m)
{
    pc_q35_machine_1158_0_options(m);
}
DEFINE_Q35_MACHINE(1157, 0);
static void pc_q35_machine_1158_0_options(MachineClass *m)
{
    pc_q35_machine_1159_0_options(m);
}
DEFINE_Q35_MACHINE(1158, 0);
static void pc_q35_machine_1159_0_options(MachineClass *m)
{
    pc_q35_machine_1160_0_options(m);
}
DEFINE_Q35_MACHINE(1159, 0);
static void pc_q35_machine_1160_0_options(MachineClass *m)
{
    pc_q35_machine_1161_0_options(m);
}
DEFINE_Q35_MACHINE(1160, 0);
static void pc_q35_machine_1161_0_options(MachineClass *m)
{
    pc_q35_machine_1162_0_options(m);
}
DEFINE_Q35_MACHINE(1161, 0);
static void pc_q35_machine_1162_0_options(MachineClass *m)
{
    pc_q35_machine_1163_0_options(m);
}
DEFINE_Q35_MACHINE(1162, 0);
static void pc_q35_machine_1163_0_options(MachineClass *m)
{
    pc_q35_machine_1164_0_options(m);
}
DEFINE_Q35_MACHINE(1163, 0);
static void pc_q35_machine_1164_0_options(MachineClass *m)
{
    pc_q35_machine_1165_0_options(m);
}
DEFINE_Q35_MACHINE(1164, 0);
static void pc_q35_machine_1165_0_options(MachineClass *m)
{
    pc_q35_machine_1166_0_options(m);
}
DEFINE_Q35_MACHINE(1165, 0);
static void pc_q35_machine_1166_0_options(MachineClass *m)
{
    pc_q35_machine_1167_0_options(m);
}
DEFINE_Q35_MACHINE(1166, 0);
static void pc_q35_machine_1167_0_options(MachineClass *m)
{
    pc_q35_machine_1168_0_options(m);
}
DEFINE_Q35_MACHINE(1167, 0);
static void pc_q35_machine_1168_0_options(MachineClass *m)
{
    pc_q35_machine_1169_0_options(m);
}
DEFINE_Q35_MACHINE(1168, 0);
static void pc_q35_machine_1169_0_options(MachineClass *m)
{
    pc_q35_machine_1170_0_options(m);
}
DEFINE_Q35_MACHINE(1169, 0);
static void pc_q35_machine_1170_0_options(MachineClass *m)
{
    pc_q35_machine_1171_0_options(m);
}
DEFINE_Q35_MACHINE(1170, 0);
static void pc_q35_machine_1171_0_options(MachineClass *m)
{
    pc_q35_machine_1172_0_options(m);
}
DEFINE_Q35_MACHINE(1171, 0);
static void pc_q35_machine_1172_0_options(MachineClass *m)
{
    pc_q35_machine_1173_0_options(m);
}
DEFINE_Q35_MACHINE(1172, 0);
static void pc_q35_machine_1173_0_options(MachineClass *m)
{
    pc_q35_machine_1174_0_options(m);
}
DEFINE_Q35_MACHINE(1173, 0);
static void pc_q35_machine_1174_0_options(MachineClass *m)
{
    pc_q35_machine_1175_0_options(m);
}
DEFINE_Q35_MACHINE(1174, 0);
static void pc_q35_machine_1175_0_options(MachineClass *m)
{
    pc_q35_machine_1176_0_options(m);
}
DEFINE_Q35_MACHINE(1175, 0);
static void pc_q35_machine_1176_0_options(MachineClass *m)
{
    pc_q35_machine_1177_0_options(m);
}
DEFINE_Q35_MACHINE(1176, 0);
static void pc_q35_machine_1177_0_options(MachineClass *m)
{
    pc_q35_machine_1178_0_options(m);
}
DEFINE_Q35_MACHINE(1177, 0);
static void pc_q35_machine_1178_0_options(MachineClass *m)
{
    pc_q35_machine_1179_0_options(m);
}
DEFINE_Q35_MACHINE(1178, 0);
static void pc_q35_machine_1179_0_options(MachineClass *m)
{
    pc_q35_machine_1180_0_options(m);
}
DEFINE_Q35_MACHINE(1179, 0);
static void pc_q35_machine_1180_0_options(MachineClass *m)
{
    pc_q35_machine_1181_0_options(m);
}
DEFINE_Q35_MACHINE(1180, 0);
static void pc_q35_machine_1181_0_options(MachineClass *m)
{
    pc_q35_machine_1182_0_options(m);
}
DEFINE_Q35_MACHINE(1181, 0);
static void pc_q35_machine_1182_0_options(MachineClass *m)
{
    pc_q35_machine_1183_0_options(m);
}
DEFINE_Q35_MACHINE(1182, 0);
static void pc_q35_machine_1183_0_options(MachineClass *m)
{
    pc_q35_machine_1184_0_options(m);
}
DEFINE_Q35_MACHINE(1183, 0);
static void pc_q35_machine_1184_0_options(MachineClass *m)
{
    pc_q35_machine_1185_0_options(m);
}
DEFINE_Q35_MACHINE(1184, 0);
static void pc_q35_machine_1185_0_options(MachineClass *m)
{
    pc_q35_machine_1186_0_options(m);
}
DEFINE_Q35_MACHINE(1185, 0);
static void pc_q35_machine_1186_0_options(MachineClass *m)
{
    pc_q35_machine_1187_0_options(m);
}
DEFINE_Q35_MACHINE(1186, 0);
static void pc_q35_machine_1187_0_options(MachineClass *m)
{
    pc_q35_machine_1188_0_options(m);
}
DEFINE_Q35_MACHINE(1187, 0);
static void pc_q35_machine_1188_0_options(MachineClass *m)
{
    pc_q35_machine_1189_0_options(m);
}
DEFINE_Q35_MACHINE(1188, 0);
static void pc_q35_machine_1189_0_options(MachineClass *m)
{
    pc_q35_machine_1190_0_options(m);
}
DEFINE_Q35_MACHINE(1189, 0);
static void pc_q35_machine_1190_0_options(MachineClass *m)
{
    pc_q35_machine_1191_0_options(m);
}
DEFINE_Q35_MACHINE(1190, 0);
static void pc_q35_machine_1191_0_options(MachineClass *m)
{
    pc_q35_machine_1192_0_options(m);
}
DEFINE_Q35_MACHINE(1191, 0);
static void pc_q35_machine_1192_0_options(MachineClass *m)
{
    pc_q35_machine_1193_0_options(m);
}
DEFINE_Q35_MACHINE(1192, 0);
static void pc_q35_machine_1193_0_options(MachineClass *m)
{
    pc_q35_machine_1194_0_options(m);
}
DEFINE_Q35_MACHINE(1193, 0);
static void pc_q35_machine_1194_0_options(MachineClass *m)
{
    pc_q35_machine_1195_0_options(m);
}
DEFINE_Q35_MACHINE(1194, 0);
static void pc_q35_machine_1195_0_options(MachineClass *m)
{
    pc_q35_machine_1196_0_options(m);
}
DEFINE_Q35_MACHINE(1195, 0);
static void pc_q35_machine_1196_0_options(MachineClass *m)
{
    pc_q35_machine_1197_0_options(m);
}
DEFINE_Q35_MACHINE(1196, 0);
static void pc_q35_machine_1197_0_options(MachineClass *m)
{
    pc_q35_machine_1198_0_options(m);
}
DEFINE_Q35_MACHINE(1197, 0);
static void pc_q35_machine_1198_0_options(MachineClass *m)
{
    pc_q35_machine_1199_0_options(m);
}
DEFINE_Q35_MACHINE(1198, 0);
static void pc_q35_machine_1199_0_options(MachineClass *m)
{
    pc_q35_machine_1200_0_options(m);
}
DEFINE_Q35_MACHINE(1199, 0);
